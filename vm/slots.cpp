/*
 * slots.cpp — slots that call dunder methods, and dunder methods that call
 * slots.  See slots.h for the three jobs.
 *
 * One table, `slotdefs`, pairs each slot with its dunder names.  fixup_slots
 * walks it for a class: when the MRO resolves a dunder to a slot wrapper of a
 * built-in type, the class reuses that type's C slot directly (so a subclass
 * of list indexes as fast as list); when it resolves to anything else, the
 * class gets the generic slot_* function, which looks the dunder up at call
 * time.  add_slot_wrappers walks the same table the other way for a built-in
 * type.
 */
#include "vm/slots.h"

#include <cstring>

#include "gcmodule/gc.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost {

int64_t object_identity_hash(Object* o) {
  // Rotate away the alignment bits, as CPython's _Py_HashPointer.
  auto y = reinterpret_cast<uintptr_t>(o);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  auto h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

Object* call_unbound(Object* descr, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  TypeObject* dt = type_of(descr);
  if (dt == &FunctionType || dt == &MethodDescrType || dt == &SlotWrapperType) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Object* small[8];
    Object** all = nargs + nkw + 1 <= 8 ? small
                                        : static_cast<Object**>(mem_alloc((nargs + nkw + 1) * sizeof(Object*)));
    all[0] = self;
    for (size_t i = 0; i < nargs + nkw; i++) all[i + 1] = args[i];
    Object* r = call(descr, all, nargs + 1, kwnames);
    if (all != small) mem_free(all);
    return r;
  }
  if (dt->descr_get) {
    Object* bound = dt->descr_get(descr, self, type_of(self));
    if (!bound) return nullptr;
    Object* r = call(bound, args, nargs, kwnames);
    decref(bound);
    return r;
  }
  return call(descr, args, nargs, kwnames);
}

Object* call_special(Object* self, Object* name, Object* const* args, size_t nargs) {
  Object* f = type_lookup(type_of(self), name);
  if (!f) return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name(self), str_data(name));
  return call_unbound(f, self, args, nargs);
}

namespace {

// Calls type(self).name(self, args) if defined; NotImplemented if not.
Object* call_maybe(Object* self, Object* name, Object* const* args, size_t nargs) {
  Object* f = type_lookup(type_of(self), name);
  if (!f) return NotImplemented;
  return call_unbound(f, self, args, nargs);
}

Object* call_special1(Object* self, Object* name, Object* arg) { return call_special(self, name, &arg, 1); }

// ---- the generic slots of classes ------------------------------------------------

Object* check_str_result(Object* r, const char* what) {
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "%s returned non-string (type %s)", what, type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* slot_repr(Object* self) { return check_str_result(call_special(self, names::__repr__, nullptr, 0), "__repr__"); }
Object* slot_str(Object* self) { return check_str_result(call_special(self, names::__str__, nullptr, 0), "__str__"); }

int64_t slot_hash(Object* self) {
  Object* r = call_special(self, names::__hash__, nullptr, 0);
  if (!r) return -1;
  if (!is_int(r)) {
    raise(&exc::TypeError, "__hash__ method should return an integer");
    decref(r);
    return -1;
  }
  int64_t h = int_is_small(r) ? int_small_value(r) : int_hash(r);
  decref(r);
  return h == -1 ? -2 : h;
}

Object* compare_name(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return names::__lt__;
    case CompareOp::Le: return names::__le__;
    case CompareOp::Eq: return names::__eq__;
    case CompareOp::Ne: return names::__ne__;
    case CompareOp::Gt: return names::__gt__;
    case CompareOp::Ge: return names::__ge__;
  }
  return nullptr;
}

Object* slot_richcompare(Object* a, Object* b, CompareOp op) { return call_maybe(a, compare_name(op), &b, 1); }

struct BinOpNames {
  Object** fwd;
  Object** rev;
  Object** inplace;
};

BinOpNames binop_names(BinOp op) {
  using namespace names;
  switch (op) {
    case BinOp::Add: return {&__add__, &__radd__, &__iadd__};
    case BinOp::Sub: return {&__sub__, &__rsub__, &__isub__};
    case BinOp::Mul: return {&__mul__, &__rmul__, &__imul__};
    case BinOp::MatMul: return {&__matmul__, &__rmatmul__, &__imatmul__};
    case BinOp::TrueDiv: return {&__truediv__, &__rtruediv__, &__itruediv__};
    case BinOp::FloorDiv: return {&__floordiv__, &__rfloordiv__, &__ifloordiv__};
    case BinOp::Mod: return {&__mod__, &__rmod__, &__imod__};
    case BinOp::Pow: return {&__pow__, &__rpow__, &__ipow__};
    case BinOp::LShift: return {&__lshift__, &__rlshift__, &__ilshift__};
    case BinOp::RShift: return {&__rshift__, &__rrshift__, &__irshift__};
    case BinOp::And: return {&__and__, &__rand__, &__iand__};
    case BinOp::Or: return {&__or__, &__ror__, &__ior__};
    case BinOp::Xor: return {&__xor__, &__rxor__, &__ixor__};
    default: return {nullptr, nullptr, nullptr};
  }
}

Object* slot_binop(Object* a, Object* b, BinOp op);

// CPython's SLOT1BINFULL: called for `a op b` through either operand's type.
Object* slot_binop(Object* a, Object* b, BinOp op) {
  BinOpNames n = binop_names(op);
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool do_other = ta != tb && tb->binop == slot_binop;
  if (ta->binop == slot_binop) {
    if (do_other && type_is_subtype(tb, ta)) {
      Object* rb = type_lookup(tb, *n.rev);
      if (rb && rb != type_lookup(ta, *n.rev)) {
        Object* r = call_unbound(rb, b, &a, 1);
        if (r != NotImplemented) return r;
        do_other = false;
      }
    }
    Object* r = call_maybe(a, *n.fwd, &b, 1);
    if (r != NotImplemented || ta == tb) return r;
  }
  if (do_other) return call_maybe(b, *n.rev, &a, 1);
  return NotImplemented;
}

Object* slot_inplace(Object* a, Object* b, BinOp op) { return call_maybe(a, *binop_names(op).inplace, &b, 1); }

Object* slot_unary(Object* self, UnaryOp op) {
  Object* name = op == UnaryOp::Neg ? names::__neg__ : op == UnaryOp::Pos ? names::__pos__ : names::__invert__;
  return call_special(self, name, nullptr, 0);
}

int slot_bool(Object* self) {
  Object* r = call_special(self, names::__bool__, nullptr, 0);
  if (!r) return -1;
  if (!is_bool(r)) {
    raise(&exc::TypeError, "__bool__ should return bool, returned %s", type_name(r));
    decref(r);
    return -1;
  }
  return r == True;
}

Object* slot_int(Object* self) { return call_special(self, names::__int__, nullptr, 0); }
Object* slot_float(Object* self) { return call_special(self, names::__float__, nullptr, 0); }
Object* slot_index(Object* self) { return call_special(self, names::__index__, nullptr, 0); }

intptr_t slot_len(Object* self) {
  Object* r = call_special(self, names::__len__, nullptr, 0);
  if (!r) return -1;
  intptr_t n;
  bool ok = index_as_ssize(r, &n, &exc::OverflowError);
  decref(r);
  if (!ok) return -1;
  if (n < 0) {
    raise(&exc::ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Object* slot_getitem(Object* self, Object* key) { return call_special1(self, names::__getitem__, key); }

int slot_setitem(Object* self, Object* key, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {key, value};
    r = call_special(self, names::__setitem__, args, 2);
  } else {
    r = call_special1(self, names::__delitem__, key);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_contains(Object* self, Object* item) {
  Object* f = type_lookup(type_of(self), names::__contains__);
  if (f == None) {
    raise(&exc::TypeError, "'%s' object is not a container", type_name(self));
    return -1;
  }
  Object* r = call_unbound(f, self, &item, 1);
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

Object* slot_iter(Object* self) {
  Object* f = type_lookup(type_of(self), names::__iter__);
  if (f == None) return raise(&exc::TypeError, "'%s' object is not iterable", type_name(self));
  return call_special(self, names::__iter__, nullptr, 0);
}

Object* slot_iternext(Object* self) {
  Object* r = call_special(self, names::__next__, nullptr, 0);
  if (!r && error_matches(&exc::StopIteration)) error_clear();
  return r;
}

Object* slot_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* f = type_lookup(type_of(self), names::__call__);
  if (!f) return raise(&exc::TypeError, "'%s' object is not callable", type_name(self));
  return call_unbound(f, self, args, nargs, kwnames);
}

int slot_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* f = type_lookup(type_of(self), names::__init__);
  if (!f) return 0;
  Object* r = call_unbound(f, self, args, nargs, kwnames);
  if (!r) return -1;
  if (r != None) {
    raise(&exc::TypeError, "__init__() should return None, not '%s'", type_name(r));
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

Object* slot_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* f = type_lookup(type, names::__new__);
  if (!f) return raise(&exc::TypeError, "cannot create '%s' instances", type->name);
  // __new__ is a staticmethod: unwrap and call f(type, *args).
  Object* fn = type_of(f) == &StaticMethodType ? static_cast<StaticMethodObject*>(f)->callable : f;
  return call_unbound(fn, type, args, nargs, kwnames);
}

Object* slot_descr_get(Object* self, Object* obj, Object* type) {
  Object* args[2] = {obj ? obj : None, type ? type : None};
  return call_special(self, names::__get__, args, 2);
}

int slot_descr_set(Object* self, Object* obj, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {obj, value};
    r = call_special(self, names::__set__, args, 2);
  } else {
    r = call_special1(self, names::__delete__, obj);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

// __getattribute__ overridden, or __getattr__ as the fallback of the default.
Object* slot_getattro(Object* self, Object* name) {
  TypeObject* t = type_of(self);
  Object* getattribute = type_lookup(t, names::__getattribute__);
  Object* r;
  if (getattribute && type_of(getattribute) == &SlotWrapperType &&
      static_cast<SlotWrapperObject*>(getattribute)->type == &ObjectType) {
    r = generic_getattr(self, name);
  } else if (getattribute) {
    r = call_unbound(getattribute, self, &name, 1);
  } else {
    r = generic_getattr(self, name);
  }
  if (r || !error_matches(&exc::AttributeError)) return r;
  Object* getattr = type_lookup(t, names::__getattr__);
  if (!getattr) return nullptr;
  error_clear();
  return call_unbound(getattr, self, &name, 1);
}

int slot_setattro(Object* self, Object* name, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {name, value};
    r = call_special(self, names::__setattr__, args, 2);
  } else {
    r = call_special1(self, names::__delattr__, name);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

// ---- slot wrappers: a built-in type's slots as dunder methods --------------------

bool wrapper_check(const char* name, size_t nargs, Object* kwnames, size_t want) {
  if (kwnames && tuple_size(kwnames) > 0) {
    raise(&exc::TypeError, "wrapper %s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != want) {
    raise(&exc::TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

#define WRAPPER(fn) \
  Object* fn(Object* self, Object* const* args, size_t nargs, Object* kwnames, TypeObject* t, intptr_t extra)

WRAPPER(wrap_repr) {
  if (!wrapper_check("__repr__", nargs, kwnames, 0)) return nullptr;
  return t->repr(self);
}
WRAPPER(wrap_str) {
  if (!wrapper_check("__str__", nargs, kwnames, 0)) return nullptr;
  return t->str(self);
}
WRAPPER(wrap_hash) {
  if (!wrapper_check("__hash__", nargs, kwnames, 0)) return nullptr;
  int64_t h = t->hash(self);
  return h == -1 && error_occurred() ? nullptr : int_from_i64(h);
}
WRAPPER(wrap_richcompare) {
  if (!wrapper_check("__eq__", nargs, kwnames, 1)) return nullptr;
  return t->richcompare(self, args[0], static_cast<CompareOp>(extra));
}
WRAPPER(wrap_binop) {
  if (!wrapper_check("__add__", nargs, kwnames, 1)) return nullptr;
  BinOp op = static_cast<BinOp>(extra & 0xff);
  return extra >> 8 ? t->binop(args[0], self, op) : t->binop(self, args[0], op);
}
WRAPPER(wrap_inplace) {
  if (!wrapper_check("__iadd__", nargs, kwnames, 1)) return nullptr;
  return t->inplace(self, args[0], static_cast<BinOp>(extra));
}
WRAPPER(wrap_unary) {
  if (!wrapper_check("__neg__", nargs, kwnames, 0)) return nullptr;
  return t->unary(self, static_cast<UnaryOp>(extra));
}
WRAPPER(wrap_bool) {
  if (!wrapper_check("__bool__", nargs, kwnames, 0)) return nullptr;
  int r = t->nb_bool(self);
  return r < 0 ? nullptr : bool_from(r);
}
WRAPPER(wrap_convert) {
  if (!wrapper_check("__int__", nargs, kwnames, 0)) return nullptr;
  ConvertFn f = extra == 0 ? t->nb_int : extra == 1 ? t->nb_float : t->nb_index;
  return f(self);
}
WRAPPER(wrap_len) {
  if (!wrapper_check("__len__", nargs, kwnames, 0)) return nullptr;
  intptr_t n = t->len(self);
  return n < 0 ? nullptr : int_from_i64(n);
}
WRAPPER(wrap_getitem) {
  if (!wrapper_check("__getitem__", nargs, kwnames, 1)) return nullptr;
  return t->getitem(self, args[0]);
}
WRAPPER(wrap_setitem) {
  if (!wrapper_check("__setitem__", nargs, kwnames, 2)) return nullptr;
  return t->setitem(self, args[0], args[1]) < 0 ? nullptr : None;
}
WRAPPER(wrap_delitem) {
  if (!wrapper_check("__delitem__", nargs, kwnames, 1)) return nullptr;
  return t->setitem(self, args[0], nullptr) < 0 ? nullptr : None;
}
WRAPPER(wrap_contains) {
  if (!wrapper_check("__contains__", nargs, kwnames, 1)) return nullptr;
  int r = t->contains(self, args[0]);
  return r < 0 ? nullptr : bool_from(r);
}
WRAPPER(wrap_iter) {
  if (!wrapper_check("__iter__", nargs, kwnames, 0)) return nullptr;
  return t->iter(self);
}
WRAPPER(wrap_next) {
  if (!wrapper_check("__next__", nargs, kwnames, 0)) return nullptr;
  Object* r = t->iternext(self);
  if (!r && !error_occurred()) raise_with(&exc::StopIteration, nullptr);
  return r;
}
WRAPPER(wrap_get) {
  if (nargs < 1 || nargs > 2) return raise(&exc::TypeError, "expected 1 or 2 arguments, got %zu", nargs);
  Object* obj = args[0] == None ? nullptr : args[0];
  Object* type = nargs == 2 && args[1] != None ? args[1] : nullptr;
  if (!obj && !type) return raise(&exc::TypeError, "__get__(None, None) is invalid");
  return t->descr_get(self, obj, type);
}
WRAPPER(wrap_set) {
  if (!wrapper_check("__set__", nargs, kwnames, 2)) return nullptr;
  return t->descr_set(self, args[0], args[1]) < 0 ? nullptr : None;
}
WRAPPER(wrap_delete) {
  if (!wrapper_check("__delete__", nargs, kwnames, 1)) return nullptr;
  return t->descr_set(self, args[0], nullptr) < 0 ? nullptr : None;
}
WRAPPER(wrap_call) { return t->call(self, args, nargs, kwnames); }
WRAPPER(wrap_init) { return t->init(self, args, nargs, kwnames) < 0 ? nullptr : None; }
WRAPPER(wrap_getattribute) {
  if (!wrapper_check("__getattribute__", nargs, kwnames, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  return t->getattro(self, args[0]);
}
WRAPPER(wrap_setattr) {
  if (!wrapper_check("__setattr__", nargs, kwnames, 2)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  return t->setattro(self, args[0], args[1]) < 0 ? nullptr : None;
}
WRAPPER(wrap_delattr) {
  if (!wrapper_check("__delattr__", nargs, kwnames, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  return t->setattro(self, args[0], nullptr) < 0 ? nullptr : None;
}
// T.__new__(cls, *args): `self` is the class to create.
WRAPPER(wrap_new) {
  if (!type_has_flag(type_of(self), kTypeSubclass))
    return raise(&exc::TypeError, "%s.__new__(X): X is not a type object (%s)", t->name, type_name(self));
  auto* sub = static_cast<TypeObject*>(self);
  if (!type_is_subtype(sub, t))
    return raise(&exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
  return t->new_(sub, args, nargs, kwnames);
}

#undef WRAPPER

// The slots, in one table.  `offset` locates the slot in TypeObject; `name`
// is the dunder; `extra` is what the wrapper needs (op, reflected flag).
enum class SlotKind : uint8_t {
  Repr, Str, Hash, RichCompare, GetAttr, SetAttr, DelAttr, BinOp, BinOpReflected, Inplace, Unary,
  Bool, Int, Float, Index, Len, GetItem, SetItem, DelItem, Contains, Iter, Next, Get, Set, Delete,
  Call, New, Init
};

struct SlotDef {
  const char* name;
  SlotKind kind;
  intptr_t extra;
  Object** interned;   // filled by slotdefs_ready
};

#define BINOP_DEFS(fwd, rev, inp, op)                                        \
  {fwd, SlotKind::BinOp, static_cast<intptr_t>(BinOp::op), nullptr},      \
  {rev, SlotKind::BinOpReflected, static_cast<intptr_t>(BinOp::op) | 0x100, nullptr}, \
  {inp, SlotKind::Inplace, static_cast<intptr_t>(BinOp::op), nullptr},

SlotDef slotdefs[] = {
    {"__repr__", SlotKind::Repr, 0, nullptr},
    {"__str__", SlotKind::Str, 0, nullptr},
    {"__hash__", SlotKind::Hash, 0, nullptr},
    {"__lt__", SlotKind::RichCompare, static_cast<intptr_t>(CompareOp::Lt), nullptr},
    {"__le__", SlotKind::RichCompare, static_cast<intptr_t>(CompareOp::Le), nullptr},
    {"__eq__", SlotKind::RichCompare, static_cast<intptr_t>(CompareOp::Eq), nullptr},
    {"__ne__", SlotKind::RichCompare, static_cast<intptr_t>(CompareOp::Ne), nullptr},
    {"__gt__", SlotKind::RichCompare, static_cast<intptr_t>(CompareOp::Gt), nullptr},
    {"__ge__", SlotKind::RichCompare, static_cast<intptr_t>(CompareOp::Ge), nullptr},
    {"__getattribute__", SlotKind::GetAttr, 0, nullptr},
    {"__getattr__", SlotKind::GetAttr, 1, nullptr},
    {"__setattr__", SlotKind::SetAttr, 0, nullptr},
    {"__delattr__", SlotKind::DelAttr, 0, nullptr},
    BINOP_DEFS("__add__", "__radd__", "__iadd__", Add)
    BINOP_DEFS("__sub__", "__rsub__", "__isub__", Sub)
    BINOP_DEFS("__mul__", "__rmul__", "__imul__", Mul)
    BINOP_DEFS("__matmul__", "__rmatmul__", "__imatmul__", MatMul)
    BINOP_DEFS("__truediv__", "__rtruediv__", "__itruediv__", TrueDiv)
    BINOP_DEFS("__floordiv__", "__rfloordiv__", "__ifloordiv__", FloorDiv)
    BINOP_DEFS("__mod__", "__rmod__", "__imod__", Mod)
    BINOP_DEFS("__pow__", "__rpow__", "__ipow__", Pow)
    BINOP_DEFS("__lshift__", "__rlshift__", "__ilshift__", LShift)
    BINOP_DEFS("__rshift__", "__rrshift__", "__irshift__", RShift)
    BINOP_DEFS("__and__", "__rand__", "__iand__", And)
    BINOP_DEFS("__or__", "__ror__", "__ior__", Or)
    BINOP_DEFS("__xor__", "__rxor__", "__ixor__", Xor)
    {"__neg__", SlotKind::Unary, static_cast<intptr_t>(UnaryOp::Neg), nullptr},
    {"__pos__", SlotKind::Unary, static_cast<intptr_t>(UnaryOp::Pos), nullptr},
    {"__invert__", SlotKind::Unary, static_cast<intptr_t>(UnaryOp::Invert), nullptr},
    {"__bool__", SlotKind::Bool, 0, nullptr},
    {"__int__", SlotKind::Int, 0, nullptr},
    {"__float__", SlotKind::Float, 1, nullptr},
    {"__index__", SlotKind::Index, 2, nullptr},
    {"__len__", SlotKind::Len, 0, nullptr},
    {"__getitem__", SlotKind::GetItem, 0, nullptr},
    {"__setitem__", SlotKind::SetItem, 0, nullptr},
    {"__delitem__", SlotKind::DelItem, 0, nullptr},
    {"__contains__", SlotKind::Contains, 0, nullptr},
    {"__iter__", SlotKind::Iter, 0, nullptr},
    {"__next__", SlotKind::Next, 0, nullptr},
    {"__get__", SlotKind::Get, 0, nullptr},
    {"__set__", SlotKind::Set, 0, nullptr},
    {"__delete__", SlotKind::Delete, 0, nullptr},
    {"__call__", SlotKind::Call, 0, nullptr},
    {"__new__", SlotKind::New, 0, nullptr},
    {"__init__", SlotKind::Init, 0, nullptr},
};
#undef BINOP_DEFS

// Whether `t` defines the slot itself (rather than inheriting it) and the
// wrapper that exposes it.
struct SlotAccess {
  bool defined;
  SlotWrapperFn wrapper;
};

template <typename F>
bool own(TypeObject* t, F TypeObject::*slot) {
  return t->*slot && (!t->base || t->base->*slot != t->*slot);
}

SlotAccess slot_access(TypeObject* t, const SlotDef& d) {
  switch (d.kind) {
    case SlotKind::Repr: return {own(t, &TypeObject::repr), wrap_repr};
    case SlotKind::Str: return {own(t, &TypeObject::str), wrap_str};
    case SlotKind::Hash: return {own(t, &TypeObject::hash), wrap_hash};
    case SlotKind::RichCompare: return {own(t, &TypeObject::richcompare), wrap_richcompare};
    case SlotKind::GetAttr: return {d.extra == 0 && own(t, &TypeObject::getattro), wrap_getattribute};
    case SlotKind::SetAttr: return {own(t, &TypeObject::setattro), wrap_setattr};
    case SlotKind::DelAttr: return {own(t, &TypeObject::setattro), wrap_delattr};
    case SlotKind::BinOp: case SlotKind::BinOpReflected: return {own(t, &TypeObject::binop), wrap_binop};
    case SlotKind::Inplace: return {own(t, &TypeObject::inplace), wrap_inplace};
    case SlotKind::Unary: return {own(t, &TypeObject::unary), wrap_unary};
    case SlotKind::Bool: return {own(t, &TypeObject::nb_bool), wrap_bool};
    case SlotKind::Int: return {own(t, &TypeObject::nb_int), wrap_convert};
    case SlotKind::Float: return {own(t, &TypeObject::nb_float), wrap_convert};
    case SlotKind::Index: return {own(t, &TypeObject::nb_index), wrap_convert};
    case SlotKind::Len: return {own(t, &TypeObject::len), wrap_len};
    case SlotKind::GetItem: return {own(t, &TypeObject::getitem), wrap_getitem};
    case SlotKind::SetItem: return {own(t, &TypeObject::setitem), wrap_setitem};
    case SlotKind::DelItem: return {own(t, &TypeObject::setitem), wrap_delitem};
    case SlotKind::Contains: return {own(t, &TypeObject::contains), wrap_contains};
    case SlotKind::Iter: return {own(t, &TypeObject::iter), wrap_iter};
    case SlotKind::Next: return {own(t, &TypeObject::iternext), wrap_next};
    case SlotKind::Get: return {own(t, &TypeObject::descr_get), wrap_get};
    case SlotKind::Set: return {own(t, &TypeObject::descr_set), wrap_set};
    case SlotKind::Delete: return {own(t, &TypeObject::descr_set), wrap_delete};
    case SlotKind::Call: return {own(t, &TypeObject::call), wrap_call};
    case SlotKind::New: return {own(t, &TypeObject::new_), wrap_new};
    case SlotKind::Init: return {own(t, &TypeObject::init), wrap_init};
  }
  return {false, nullptr};
}

void slotdefs_ready() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  for (SlotDef& d : slotdefs) {
    d.interned = new Object*(str_intern(d.name));
  }
}

// The C slot of the built-in type that `descr` wraps, if it is a slot wrapper
// of the same kind; used to keep fast C slots in subclasses.
bool wrapper_matches(Object* descr, const SlotDef& d, TypeObject** owner) {
  if (type_of(descr) != &SlotWrapperType) return false;
  auto* w = static_cast<SlotWrapperObject*>(descr);
  if (strcmp(w->name, d.name) != 0) return false;
  *owner = w->type;
  return true;
}

}  // namespace

int add_slot_wrappers(TypeObject* t) {
  slotdefs_ready();
  for (const SlotDef& d : slotdefs) {
    SlotAccess a = slot_access(t, d);
    if (!a.defined) continue;
    if (d.kind == SlotKind::Hash && !t->hash) continue;
    if (dict_get_str(t->dict, *d.interned)) continue;
    Object* w = slot_wrapper_new(t, d.name, a.wrapper, d.extra);
    if (!w) return -1;
    int rc = dict_set(t->dict, *d.interned, w);
    decref(w);
    if (rc < 0) return -1;
  }
  return 0;
}

void fixup_slots(TypeObject* t) {
  slotdefs_ready();
  // Start from the base's slots, then override those the MRO redefines.
  TypeObject* b = t->base;
  t->repr = b->repr; t->str = b->str; t->hash = b->hash; t->richcompare = b->richcompare;
  t->getattro = b->getattro; t->setattro = b->setattro; t->binop = b->binop; t->inplace = b->inplace;
  t->unary = b->unary; t->nb_bool = b->nb_bool; t->nb_int = b->nb_int; t->nb_float = b->nb_float;
  t->nb_index = b->nb_index; t->len = b->len; t->getitem = b->getitem; t->setitem = b->setitem;
  t->contains = b->contains; t->iter = b->iter; t->iternext = b->iternext; t->descr_get = b->descr_get;
  t->descr_set = b->descr_set; t->call = b->call; t->init = b->init;
  // A class always has a constructor: a built-in base without one (an
  // abstract base like io.IOBase) gives it object's.
  t->new_ = b->new_ ? b->new_ : ObjectType.new_;
  for (const SlotDef& d : slotdefs) {
    Object* descr = type_lookup(t, *d.interned);
    if (!descr) continue;
    TypeObject* owner = nullptr;
    bool builtin = wrapper_matches(descr, d, &owner);
    switch (d.kind) {
      case SlotKind::Repr: t->repr = builtin ? owner->repr : slot_repr; break;
      case SlotKind::Str: t->str = builtin ? owner->str : slot_str; break;
      case SlotKind::Hash: t->hash = descr == None ? nullptr : builtin ? owner->hash : slot_hash; break;
      case SlotKind::RichCompare:
        if (!builtin) t->richcompare = slot_richcompare;
        else if (t->richcompare != slot_richcompare) t->richcompare = owner->richcompare;
        break;
      case SlotKind::GetAttr:
        if (!builtin) t->getattro = slot_getattro;
        break;
      case SlotKind::SetAttr: case SlotKind::DelAttr:
        if (!builtin) t->setattro = slot_setattro;
        break;
      case SlotKind::BinOp: case SlotKind::BinOpReflected:
        if (!builtin) t->binop = slot_binop;
        else if (t->binop != slot_binop) t->binop = owner->binop;
        break;
      case SlotKind::Inplace:
        if (!builtin) t->inplace = slot_inplace;
        else if (t->inplace != slot_inplace) t->inplace = owner->inplace;
        break;
      case SlotKind::Unary:
        if (!builtin) t->unary = slot_unary;
        break;
      case SlotKind::Bool: t->nb_bool = builtin ? owner->nb_bool : slot_bool; break;
      case SlotKind::Int: t->nb_int = builtin ? owner->nb_int : slot_int; break;
      case SlotKind::Float: t->nb_float = builtin ? owner->nb_float : slot_float; break;
      case SlotKind::Index: t->nb_index = builtin ? owner->nb_index : slot_index; break;
      case SlotKind::Len: t->len = builtin ? owner->len : slot_len; break;
      case SlotKind::GetItem: t->getitem = builtin ? owner->getitem : slot_getitem; break;
      case SlotKind::SetItem: case SlotKind::DelItem:
        if (!builtin) t->setitem = slot_setitem;
        break;
      case SlotKind::Contains: t->contains = builtin ? owner->contains : slot_contains; break;
      case SlotKind::Iter: t->iter = descr == None ? slot_iter : builtin ? owner->iter : slot_iter; break;
      case SlotKind::Next: t->iternext = builtin ? owner->iternext : slot_iternext; break;
      case SlotKind::Get: t->descr_get = builtin ? owner->descr_get : slot_descr_get; break;
      case SlotKind::Set: case SlotKind::Delete:
        if (!builtin) t->descr_set = slot_descr_set;
        break;
      case SlotKind::Call: t->call = builtin ? owner->call : slot_call; break;
      case SlotKind::New: if (!builtin) t->new_ = slot_new; break;
      case SlotKind::Init: t->init = builtin ? owner->init : slot_init; break;
    }
  }
}

// ---- instances of classes ---------------------------------------------------------

namespace {

TypeObject* builtin_base(TypeObject* t) {
  while (type_has_flag(t, kHeapType)) t = t->base;
  return t;
}

// Runs __del__ once (PEP 442).  Returns true if the object was resurrected.
bool run_finalizer(Object* o) {
  Object* del = type_lookup(type_of(o), names::__del__);
  if (!del) return false;
  if (object_is_gc(o) && gc_is_finalized(o)) return false;
  // Temporarily resurrect so that __del__ can use the object.
  set_refcount_for_gc(o, 1);
  Object* saved = error_fetch();
  Object* r = call_unbound(del, o, nullptr, 0);
  if (!r) error_write_unraisable(del);
  xdecref(r);
  error_restore(saved);
  // Marked once it ran, as CPython's PyObject_CallFinalizer (so
  // gc.is_finalized(self) is False inside __del__).
  if (object_is_gc(o)) gc_set_finalized(o);
  intptr_t rc = refcount(o) - 1;
  set_refcount_for_gc(o, rc);
  return rc > 0;
}

}  // namespace

bool instance_dict_is_class_slot(Object* o) {
  TypeObject* t = type_of(o);
  return type_has_flag(t, kHeapType) && t->traverse == subtype_traverse && builtin_base(t)->dictoffset != t->dictoffset;
}

void subtype_dealloc(Object* o) {
  TypeObject* t = type_of(o);
  if (run_finalizer(o)) return;
  TypeObject* base = builtin_base(t);
  // From here on guest code may run (weak reference callbacks, finalizers of
  // what the dict held) and reach a safe point: a collection must not find
  // this object, whose count is zero, in a generation list.
  gc_untrack(o);
  if (!base->weaklistoffset) weakrefs_clear(o);
  if (Object** slot = instance_dict_slot(o); slot && base->dictoffset != t->dictoffset) clearref(slot);
  base->dealloc(o);
}

int subtype_traverse(Object* o, VisitFn visit, void* arg) {
  TypeObject* t = type_of(o);
  TypeObject* base = builtin_base(t);
  if (Object** slot = instance_dict_slot(o); slot && *slot && base->dictoffset != t->dictoffset) {
    // An embedded dict's references count as the instance's own (gc.h).
    if (gc_is_embedded(*slot)) {
      if (gc_embedded_holds_containers(*slot) && type_of(*slot)->traverse(*slot, visit, arg)) return 1;
    } else if (visit(*slot, arg)) {
      return 1;
    }
  }
  if (visit(t, arg)) return 1;
  return base->traverse ? base->traverse(o, visit, arg) : 0;
}

int subtype_clear(Object* o) {
  TypeObject* t = type_of(o);
  TypeObject* base = builtin_base(t);
  if (Object** slot = instance_dict_slot(o); slot && base->dictoffset != t->dictoffset) clearref(slot);
  return base->clear ? base->clear(o) : 0;
}

}  // namespace frost
