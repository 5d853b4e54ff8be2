/*
 * function.h — guest functions, cells, bound methods and generators.
 */
#pragma once

#include "vm/code.h"

namespace frost {

struct FunctionObject : Object {
  Object* code;        // CodeObject
  Object* globals;     // dict
  Object* builtins;    // dict
  Object* name;        // str
  Object* qualname;    // str
  Object* defaults;    // tuple or null
  Object* kwdefaults;  // dict or null
  Object* closure;     // tuple of cells or null
  Object* doc;
  Object* module;      // __module__
  Object* dict;        // function attributes, lazily
  Object* annotations;
  Object* weakreflist;  // vm/weakref.h
};

struct CellObject : Object {
  Object* ref;   // null when empty
};

// A function bound to an instance: `obj.method`.
struct MethodObject : Object {
  Object* func;
  Object* self;
};

extern TypeObject FunctionType;
extern TypeObject CellType;
extern TypeObject MethodType;

inline bool is_function(const Object* o) { return type_of(o) == &FunctionType; }
Object* function_new(Object* code, Object* globals, Object* qualname);
Object* cell_new(Object* value);   // borrowed value, may be null
Object* method_new(Object* func, Object* self);

}  // namespace frost
