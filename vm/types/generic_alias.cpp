/*
 * generic_alias.cpp — `types.GenericAlias` (see generic_alias.h).
 *
 * The repr follows CPython's ga_repr: each argument prints as `...` for
 * Ellipsis, as its repr for a nested alias or a non-class, and as the
 * qualified name of a class (without the module for builtins), so
 * `dict[str, list[int]]` and `tuple[int, ...]` read as written.  Type
 * variables and `|` unions are not supported: `__parameters__` is empty.
 */
#include "vm/types/generic_alias.h"

#include <string>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject GenericAliasType;

static GenericAliasObject* as_alias(Object* o) { return static_cast<GenericAliasObject*>(o); }

Object* generic_alias_new(Object* origin, Object* args) {
  Object* t = is_tuple(args) ? newref(args) : tuple_pack(1, args);
  if (!t) return nullptr;
  Object* o = gc_alloc(&GenericAliasType, GenericAliasType.basicsize);
  if (!o) {
    decref(t);
    return nullptr;
  }
  as_alias(o)->origin = newref(origin);
  as_alias(o)->args = t;
  return o;
}

Object* class_getitem(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__class_getitem__", nargs, kwnames, 1, 1)) return nullptr;
  return generic_alias_new(cls, args[0]);
}

// One argument as CPython's ga_repr_item prints it.
static bool append_item(std::string& out, Object* p) {
  if (p == Ellipsis) {
    out += "...";
    return true;
  }
  if (type_has_flag(type_of(p), kTypeSubclass) && type_of(p) != &GenericAliasType) {
    auto* t = static_cast<TypeObject*>(p);
    if (t->module && is_str(t->module) && str_view(t->module) != "builtins") {
      out += str_view(t->module);
      out += ".";
    }
    out += t->qualname && is_str(t->qualname) ? str_view(t->qualname) : t->name;
    return true;
  }
  Object* r = object_repr(p);
  if (!r) return false;
  out += str_view(r);
  decref(r);
  return true;
}

static Object* alias_repr(Object* self) {
  GenericAliasObject* a = as_alias(self);
  std::string out;
  if (!append_item(out, a->origin)) return nullptr;
  out += "[";
  intptr_t n = tuple_size(a->args);
  if (n == 0) out += "()";
  for (intptr_t i = 0; i < n; i++) {
    if (i) out += ", ";
    if (!append_item(out, tuple_get(a->args, i))) return nullptr;
  }
  out += "]";
  return str_from(out);
}

static void alias_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(as_alias(self)->origin);
  xdecref(as_alias(self)->args);
  object_free(self);
}

static int alias_traverse(Object* self, VisitFn visit, void* arg) {
  GenericAliasObject* a = as_alias(self);
  if (a->origin) {
    if (int r = visit(a->origin, arg)) return r;
  }
  return a->args ? visit(a->args, arg) : 0;
}

static int alias_clear(Object* self) {
  clearref(&as_alias(self)->origin);
  clearref(&as_alias(self)->args);
  return 0;
}

static Object* alias_richcompare(Object* a, Object* b, CompareOp op) {
  if (type_of(b) != &GenericAliasType || (op != CompareOp::Eq && op != CompareOp::Ne))
    return NotImplemented;
  int eq = object_eq(as_alias(a)->origin, as_alias(b)->origin);
  if (eq > 0) eq = object_eq(as_alias(a)->args, as_alias(b)->args);
  if (eq < 0) return nullptr;
  return bool_from((eq == 1) == (op == CompareOp::Eq));
}

static int64_t alias_hash(Object* self) {
  int64_t h0 = object_hash(as_alias(self)->origin);
  if (h0 == -1) return -1;
  int64_t h1 = object_hash(as_alias(self)->args);
  if (h1 == -1) return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

static Object* alias_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return call(as_alias(self)->origin, args, nargs, kwnames);
}

// The alias's own attributes first, then the origin's.
static Object* alias_getattro(Object* self, Object* name) {
  Object* r = generic_getattr(self, name);
  if (r || !error_matches(&exc::AttributeError)) return r;
  error_clear();
  return object_getattr(as_alias(self)->origin, name);
}

static Object* get_origin(Object* self) { return newref(as_alias(self)->origin); }
static Object* get_args(Object* self) { return newref(as_alias(self)->args); }
static Object* get_parameters(Object* self) { return tuple_empty(); }

static GetSetDef alias_getset[] = {
    {"__origin__", get_origin, nullptr, nullptr},
    {"__args__", get_args, nullptr, nullptr},
    {"__parameters__", get_parameters, nullptr, nullptr},
    {nullptr},
};

void generic_alias_type_init() {
  GenericAliasType.name = "types.GenericAlias";
  GenericAliasType.basicsize = sizeof(GenericAliasObject);
  GenericAliasType.flags = kHaveGC;
  GenericAliasType.doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
  GenericAliasType.dealloc = alias_dealloc;
  GenericAliasType.traverse = alias_traverse;
  GenericAliasType.clear = alias_clear;
  GenericAliasType.repr = alias_repr;
  GenericAliasType.richcompare = alias_richcompare;
  GenericAliasType.hash = alias_hash;
  GenericAliasType.call = alias_call;
  GenericAliasType.getattro = alias_getattro;
  GenericAliasType.getset = alias_getset;
  type_ready(&GenericAliasType);
}

}  // namespace frost
