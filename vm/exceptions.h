/*
 * exceptions.h — exception instances and tracebacks.
 *
 * Every exception instance has the BaseException layout; attributes that
 * CPython keeps in C fields of subclasses (OSError.errno, StopIteration.value,
 * SystemExit.code, SyntaxError.lineno, …) live in the instance `__dict__`,
 * set by the subclass's `__init__`.
 */
#pragma once

#include <cstdio>

#include "vm/errors.h"

namespace frost {

struct CodeObject;

struct BaseExceptionObject : Object {
  Object* dict;
  Object* args;        // tuple
  Object* traceback;   // TracebackObject or null
  Object* context;
  Object* cause;
  bool suppress_context;
};

// One traceback entry: the code and line of a frame the exception passed
// through.  `next` points towards the frame where it was raised.
struct TracebackObject : Object {
  Object* next;
  Object* code;
  int lineno;
};

extern TypeObject TracebackType;

inline bool is_exception(const Object* o) { return type_has_flag(type_of(o), kExceptionSubclass); }
inline bool is_exception_type(const Object* o) {
  return type_has_flag(type_of(o), kTypeSubclass) &&
         type_has_flag(static_cast<const TypeObject*>(o), kExceptionSubclass);
}

// Creates `type(*args)` (args a tuple, borrowed).
Object* exception_new(TypeObject* type, Object* args);
// Prepends a traceback entry for (code, line) to `exc`.
void exception_add_traceback(Object* exc, Object* code, int lineno);
// Writes the exception with its traceback and chained exceptions, as
// CPython's default excepthook does.
void print_exception(Object* exc, FILE* out);
// The first argument of a StopIteration, or None (new reference).
Object* stop_iteration_value(Object* exc);

}  // namespace frost
