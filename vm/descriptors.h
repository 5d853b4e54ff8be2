/*
 * descriptors.h — the objects that make attribute access on types work:
 * native functions and methods, method descriptors for a type's MethodDefs,
 * getset descriptors, slot wrappers (`int.__add__`, `object.__init__`), and
 * the guest-visible `property`, `staticmethod`, `classmethod` and `super`.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// A native function bound to `self` (a module, an instance, or null):
// `len`, `"abc".upper`, `os.getpid`.
struct NativeFunctionObject : Object {
  MethodDef* def;
  Object* self;     // owned; may be null
  Object* module;   // owned str or null: __module__
};

// An unbound MethodDef of a type, found in the type's dict: `str.upper`.
// Calling it with the receiver first calls the method; getting it through
// an instance binds it into a NativeFunctionObject.
struct MethodDescrObject : Object {
  MethodDef* def;
  TypeObject* type;   // the type that defines it (static types: not owned)
};

struct GetSetDescrObject : Object {
  GetSetDef* def;
  TypeObject* type;
};

// A slot exposed as a dunder method of a built-in type: `int.__add__`,
// `object.__init__`, `dict.__getitem__`.  `wrapper` knows the slot's calling
// convention; `type` is the type whose slot is called.
using SlotWrapperFn = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                                  TypeObject* type, intptr_t extra);
struct SlotWrapperObject : Object {
  const char* name;
  SlotWrapperFn wrapper;
  TypeObject* type;
  intptr_t extra;   // the BinOp / CompareOp / reflected flag the wrapper needs
};

struct PropertyObject : Object {
  Object* fget;
  Object* fset;
  Object* fdel;
  Object* doc;
};

struct StaticMethodObject : Object {   // also classmethod's layout
  Object* callable;
  Object* dict;
};

struct SuperObject : Object {
  TypeObject* type;     // the class super() was called in
  Object* obj;          // the instance or class
  TypeObject* obj_type; // type(obj), or obj itself for classmethods
};

extern TypeObject NativeFunctionType;   // builtin_function_or_method
extern TypeObject MethodDescrType;      // method_descriptor
extern TypeObject ClassMethodDescrType; // classmethod_descriptor
extern TypeObject GetSetDescrType;      // getset_descriptor
extern TypeObject SlotWrapperType;      // wrapper_descriptor
extern TypeObject PropertyType;
extern TypeObject StaticMethodType;
extern TypeObject ClassMethodType;
extern TypeObject SuperType;

Object* native_function_new(MethodDef* def, Object* self, Object* module);
Object* method_descr_new(TypeObject* type, MethodDef* def);
Object* getset_descr_new(TypeObject* type, GetSetDef* def);
Object* slot_wrapper_new(TypeObject* type, const char* name, SlotWrapperFn fn, intptr_t extra);
Object* staticmethod_new(Object* callable);
Object* classmethod_new(Object* callable);

void descriptor_types_init();

}  // namespace frost
