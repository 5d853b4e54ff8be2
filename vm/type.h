/*
 * type.h — type objects: where all behaviour of objects lives.
 *
 * A type is an object (its type is `type`) holding slots: plain function
 * pointers the interpreter calls for each operation.  Built-in types are
 * static `TypeObject`s, immortal, made ready at start-up by `type_ready`,
 * which fills `dict` from `methods`/`getset`, computes the MRO and inherits
 * every slot left null from the base.  Classes made by a `class` statement are
 * heap types (flag kHeapType, a container with a GC head) whose slots are the
 * generic `slot_*` functions of vm/typeobject.cpp: they look the dunder method
 * up on the type, so `a + b` on an instance calls `__add__`.
 *
 * Slot conventions (CPython's, simplified):
 *  - A slot returning `Object*` returns a new reference, or null with an
 *    exception set.  Slots returning `int` return 0/1 for false/true (or
 *    success) and -1 with an exception set.
 *  - `binop(a, b, op)` serves the binary operator `op` for `a op b` and for
 *    the reflected `b op a`: the operands arrive in expression order both
 *    times, so a type checks which one is its own.  Unsupported operand
 *    types give `NotImplemented` (a borrowed immortal), never an exception.
 *    `inplace(a, b, op)` is tried first for `a op= b`; null slot means "fall
 *    back to binop".  `richcompare` likewise returns NotImplemented.
 *  - `iternext` returns null *without* an exception when exhausted.
 *  - `setitem(o, key, value)` deletes when `value` is null; `setattro` too.
 *  - Calls use the vector convention: `args[0..nargs)` positional, then one
 *    value per name in `kwnames` (a tuple of str, or null when there are no
 *    keywords).  `nargs` never counts the keyword values.
 */
#pragma once

#include "vm/object.h"

namespace frost {

enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
  Count_
};
enum class UnaryOp : uint8_t { Neg, Pos, Invert };
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

using DeallocFn = void (*)(Object*);
using VisitFn = int (*)(Object* o, void* arg);             // nonzero stops the walk
using TraverseFn = int (*)(Object* self, VisitFn visit, void* arg);
using ClearFn = int (*)(Object* self);
using ReprFn = Object* (*)(Object* self);
using HashFn = int64_t (*)(Object* self);                   // -1 on error
using RichCompareFn = Object* (*)(Object* a, Object* b, CompareOp op);
using GetAttrFn = Object* (*)(Object* self, Object* name);  // name is a str
using SetAttrFn = int (*)(Object* self, Object* name, Object* value);
using BinOpFn = Object* (*)(Object* a, Object* b, BinOp op);
using UnaryFn = Object* (*)(Object* self, UnaryOp op);
using ConvertFn = Object* (*)(Object* self);                // __int__/__float__/__index__
using BoolFn = int (*)(Object* self);
using LenFn = intptr_t (*)(Object* self);                   // -1 on error
using GetItemFn = Object* (*)(Object* self, Object* key);
using SetItemFn = int (*)(Object* self, Object* key, Object* value);
using ContainsFn = int (*)(Object* self, Object* item);
using IterFn = Object* (*)(Object* self);
using IterNextFn = Object* (*)(Object* self);
using DescrGetFn = Object* (*)(Object* descr, Object* obj, Object* type);  // obj may be null
using DescrSetFn = int (*)(Object* descr, Object* obj, Object* value);     // value null: delete
using CallFn = Object* (*)(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
using NewFn = Object* (*)(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
using InitFn = int (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// A native function or method.  For a method, `self` is the receiver; for a
// module-level function, the module (or null).
using NativeFn = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

enum MethodFlags : uint32_t {
  kMethStatic = 1 << 0,  // no receiver: self is null (staticmethod)
  kMethClass = 1 << 1,   // the receiver is the type (classmethod)
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags;
  const char* doc;  // first line is the signature, as CPython's docstrings
};

using GetterFn = Object* (*)(Object* self);
using SetterFn = int (*)(Object* self, Object* value);  // value null: delete

struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set;  // null: read-only attribute
  const char* doc;
};

enum TypeFlags : uint64_t {
  kHeapType = 1 << 0,        // made by `class`: a GC container with a str name
  kHaveGC = 1 << 1,          // instances carry a GC head (gc_alloc)
  kBaseType = 1 << 2,        // may be subclassed
  kReady = 1 << 3,           // type_ready has run
  kAbstractNoNew = 1 << 4,   // cannot be instantiated directly
  // Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS:
  kIntSubclass = 1 << 8,
  kStrSubclass = 1 << 9,
  kTupleSubclass = 1 << 10,
  kListSubclass = 1 << 11,
  kDictSubclass = 1 << 12,
  kBytesSubclass = 1 << 13,
  kTypeSubclass = 1 << 14,
  kExceptionSubclass = 1 << 15,  // BaseException and its subclasses
};

struct TypeObject : Object {
  const char* name;         // "int"; for heap types, the UTF-8 of `name_obj`
  intptr_t basicsize;       // bytes of an instance (without the GC head)
  intptr_t itemsize;        // bytes per item for variable-size objects
  uint64_t flags;
  const char* doc;

  DeallocFn dealloc;
  TraverseFn traverse;      // containers: visit each owned reference once
  ClearFn clear;            // containers: drop references to break cycles

  ReprFn repr;
  ReprFn str;
  HashFn hash;              // null: unhashable ("unhashable type: 'list'")
  RichCompareFn richcompare;
  GetAttrFn getattro;
  SetAttrFn setattro;

  BinOpFn binop;
  BinOpFn inplace;
  UnaryFn unary;
  BoolFn nb_bool;
  ConvertFn nb_int;
  ConvertFn nb_float;
  ConvertFn nb_index;

  LenFn len;
  GetItemFn getitem;
  SetItemFn setitem;
  ContainsFn contains;      // null: `in` iterates

  IterFn iter;
  IterNextFn iternext;

  DescrGetFn descr_get;
  DescrSetFn descr_set;     // non-null makes a data descriptor

  CallFn call;
  NewFn new_;
  InitFn init;

  MethodDef* methods;       // null-terminated by a {nullptr} entry
  GetSetDef* getset;        // likewise

  TypeObject* base;         // the solid base (object's is null)
  Object* bases;            // tuple of types
  Object* mro;              // tuple of types, self first
  Object* dict;             // the type's namespace (a dict)
  Object* name_obj;         // str: __name__
  Object* qualname;         // str: __qualname__
  Object* module;           // str or null: __module__
  intptr_t dictoffset;      // offset of the instance `__dict__` slot, 0 if none
  intptr_t weaklistoffset;  // offset of the weakref list head, 0 if none
  uint32_t version_tag;     // bumped when the namespace changes (method caches)
};

inline TypeObject* type_of(const Object* o) { return o->ob_type; }
inline bool type_has_flag(const TypeObject* t, uint64_t f) { return (t->flags & f) != 0; }
inline bool object_is_gc(const Object* o) {
  // Static types are not containers though `type` instances may be.
  return type_has_flag(o->ob_type, kHaveGC) &&
         (!type_has_flag(o->ob_type, kTypeSubclass) ||
          type_has_flag(static_cast<const TypeObject*>(o), kHeapType));
}

extern TypeObject TypeType;    // type
extern TypeObject ObjectType;  // object

// Fills a static type's dict, MRO and inherited slots; idempotent.  Returns -1
// with an exception set on failure.
int type_ready(TypeObject* t);
// True if `a` is `b` or a subclass of it (walks the MRO; no writes).
bool type_is_subtype(const TypeObject* a, const TypeObject* b);
inline bool is_instance_of(const Object* o, const TypeObject* t) {
  return o->ob_type == t || type_is_subtype(o->ob_type, t);
}
// Finds `name` along the MRO of `t`; borrowed, null if absent (no exception).
Object* type_lookup(TypeObject* t, Object* name);
// Called when a type's namespace changes: invalidates method caches of the
// type and its subclasses.
void type_modified(TypeObject* t);
// Changes whenever any type's namespace changes: a cache of a type lookup
// stays valid while the epoch it was filled at holds.
extern uint32_t type_epoch;

}  // namespace frost
