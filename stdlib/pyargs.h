/*
 * pyargs.h — argument binding with the error messages of a function written
 * in Python (`def sub(pattern, repl, string, count=0, flags=0)`), for the
 * native modules whose CPython counterparts are Python code (re's module
 * functions, json.dumps/loads, random.Random's methods).  Built-in functions
 * of CPython (math, the methods of re.Pattern) use parse_args of vm/ops.h,
 * whose messages are Argument Clinic's.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// Binds the call's arguments to `names` (null-terminated): the first
// `npositional` are positional-or-keyword parameters, of which the first
// `nrequired` have no default; the rest are keyword-only with defaults.
// out[i] is the borrowed argument, or null when absent.  Raises TypeError
// with CPython's messages ("sub() missing 1 required positional argument:
// 'string'", "dumps() takes 1 positional argument but 2 were given",
// "got an unexpected keyword argument", "got multiple values for argument").
// For a method (`is_method`), the counts in "takes ... positional
// arguments but ... were given" include `self`, as CPython's do.
bool bind_py_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                  const char* const* names, size_t npositional, size_t nrequired, Object** out,
                  bool is_method = false);

}  // namespace frost
