/*
 * ops_internal.h — helpers shared by the generic protocol (vm/ops_*.cpp) and
 * the builtins (vm/builtins*.cpp); not part of the public protocol.
 *
 * The C-recursion guard: repr, str and rich comparison of nested containers
 * recurse on the C stack (list repr → object_repr → list repr …), so they
 * count their depth and raise RecursionError past a limit instead of
 * overflowing the stack (DESIGN.md invariant 7), as CPython's
 * Py_EnterRecursiveCall does.  One process runs one interpreter thread, so a
 * plain counter suffices.
 *
 * Also the small pieces every iterator type of these files repeats.
 */
#pragma once

#include "vm/errors.h"

namespace frost {

// The nesting allowed for C-level recursion through repr/str/comparison: the
// same as CPython's default recursion limit.
inline constexpr int kCRecursionLimit = 1000;
extern int c_recursion_depth;

// Enters one level; false (RecursionError set, "maximum recursion depth
// exceeded" + `where`) when the limit is passed.  Pair every true return with
// leave_c_recursion().
inline bool enter_c_recursion(const char* where) {
  if (++c_recursion_depth > kCRecursionLimit) {
    --c_recursion_depth;
    raise(&exc::RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}
inline void leave_c_recursion() { --c_recursion_depth; }

// Visits `o` unless it is null (traverse functions of half-built or
// exhausted iterators hold nulls); nonzero stops the walk.
inline int visit_opt(Object* o, VisitFn visit, void* arg) { return o ? visit(o, arg) : 0; }

// The `iter` slot of an iterator: iter(it) is it.
inline Object* iter_self(Object* self) { return newref(self); }

}  // namespace frost
