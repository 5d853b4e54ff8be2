/*
 * typeobject.cpp — `type`: readying built-in types, creating classes, the
 * MRO, and attribute lookup along it.
 *
 * Readying a static type (type_ready) gives it a header (type `type`,
 * immortal), a base (`object` by default), its MRO, a dict holding a
 * descriptor for each MethodDef/GetSetDef and a slot wrapper for each slot
 * (`int.__add__`), and every slot it leaves null inherited from its base.
 *
 * A `class` statement ends in `type(name, bases, namespace)` (type_new): the
 * new heap type gets the C3 linearisation of its bases as MRO, the layout of
 * its "solid" base plus an instance-dict slot, and slots that call the
 * dunder methods its namespace or MRO defines (vm/slots.cpp).
 *
 * Lookup cache.  type_lookup walks the MRO dicts; a small direct-mapped cache
 * keyed by (type, interned name) remembers results.  Any change to any
 * type's namespace bumps one global epoch that invalidates the whole cache:
 * classes change rarely after creation, and this keeps the cache correct
 * without per-type subclass lists.  The cache lives in process memory that
 * each forked worker owns (DESIGN.md invariant 5).
 */
#include <cstring>
#include <string>
#include <vector>

#include "gcmodule/gc.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/init.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost {

TypeObject TypeType;
TypeObject ObjectType;

uint32_t type_epoch = 1;

namespace {

struct LookupCacheEntry {
  TypeObject* type;
  Object* name;
  uint32_t epoch;
  Object* value;   // borrowed from the owning dict; null caches "absent"
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry lookup_cache[kLookupCacheSize];

Object* lookup_uncached(TypeObject* t, Object* name) {
  Object* mro = t->mro;
  if (!mro) return t->dict ? dict_get(t->dict, name) : nullptr;
  intptr_t n = tuple_size(mro);
  for (intptr_t i = 0; i < n; i++) {
    auto* base = static_cast<TypeObject*>(tuple_get(mro, i));
    if (!base->dict) continue;
    Object* v = dict_get_str(base->dict, name);
    if (v) return v;
  }
  return nullptr;
}

}  // namespace

void type_modified(TypeObject*) {
  if (++type_epoch == 0) {   // wrapped: stale entries could match again
    memset(lookup_cache, 0, sizeof lookup_cache);
    type_epoch = 1;
  }
}

Object* type_lookup(TypeObject* t, Object* name) {
  if (!static_cast<StrObject*>(name)->interned) {
    Object* v = lookup_uncached(t, name);
    if (!v && error_occurred()) error_clear();
    return v;
  }
  size_t h = (reinterpret_cast<uintptr_t>(t) >> 4 ^ static_cast<size_t>(static_cast<StrObject*>(name)->hash)) &
             (kLookupCacheSize - 1);
  LookupCacheEntry& e = lookup_cache[h];
  if (e.type == t && e.name == name && e.epoch == type_epoch) return e.value;
  Object* v = lookup_uncached(t, name);
  e = {t, name, type_epoch, v};
  return v;
}

bool type_is_subtype(const TypeObject* a, const TypeObject* b) {
  if (a == b) return true;
  Object* mro = a->mro;
  if (!mro) {
    for (const TypeObject* t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  intptr_t n = tuple_size(mro);
  Object* const* items = static_cast<TupleObject*>(mro)->items;
  for (intptr_t i = 0; i < n; i++)
    if (items[i] == b) return true;
  return false;
}

// ---- MRO -------------------------------------------------------------------

namespace {

// C3 linearisation of `t` with direct bases `bases` (a tuple).  Returns a new
// tuple, or null with TypeError "Cannot create a consistent method resolution
// order (MRO) for bases A, B".
Object* compute_mro(TypeObject* t, Object* bases) {
  std::vector<std::vector<Object*>> seqs;
  intptr_t nb = tuple_size(bases);
  for (intptr_t i = 0; i < nb; i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(bases, i));
    std::vector<Object*> s;
    for (intptr_t j = 0; j < tuple_size(b->mro); j++) s.push_back(tuple_get(b->mro, j));
    seqs.push_back(std::move(s));
  }
  seqs.emplace_back(static_cast<TupleObject*>(bases)->items, static_cast<TupleObject*>(bases)->items + nb);
  std::vector<Object*> result{t};
  std::vector<size_t> heads(seqs.size(), 0);
  for (;;) {
    bool any_left = false;
    Object* candidate = nullptr;
    for (size_t i = 0; i < seqs.size() && !candidate; i++) {
      if (heads[i] >= seqs[i].size()) continue;
      any_left = true;
      Object* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = heads[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == c) {
            in_tail = true;
            break;
          }
      if (!in_tail) candidate = c;
    }
    if (!any_left) break;
    if (!candidate) {
      std::string names;
      for (intptr_t i = 0; i < nb; i++) {
        if (i) names += ", ";
        names += static_cast<TypeObject*>(tuple_get(bases, i))->name;
      }
      return raise(&exc::TypeError,
                   "Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
    }
    result.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); i++)
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) heads[i]++;
  }
  return tuple_from_array(result.data(), static_cast<intptr_t>(result.size()));
}

// Copies every slot `t` leaves null from its base.
void inherit_slots(TypeObject* t, TypeObject* b) {
#define INHERIT(slot) \
  if (!t->slot) t->slot = b->slot;
  INHERIT(dealloc) INHERIT(repr) INHERIT(str) INHERIT(richcompare)
  INHERIT(getattro) INHERIT(setattro) INHERIT(binop) INHERIT(inplace) INHERIT(unary)
  INHERIT(nb_bool) INHERIT(nb_int) INHERIT(nb_float) INHERIT(nb_index) INHERIT(len)
  INHERIT(getitem) INHERIT(setitem) INHERIT(contains) INHERIT(iter) INHERIT(iternext)
  INHERIT(descr_get) INHERIT(descr_set) INHERIT(call) INHERIT(init)
#undef INHERIT
  // A built-in type that defines no constructor cannot be instantiated from
  // guest code (CPython's DISALLOW_INSTANTIATION): object's would make an
  // empty, unusable iterator or match object.
  if (!t->new_ && (type_has_flag(t, kHeapType) || b != &ObjectType)) t->new_ = b->new_;
  if (!t->new_ && type_has_flag(t, kHeapType)) t->new_ = ObjectType.new_;
  // A type that defines equality without a hash is unhashable (as CPython);
  // otherwise the hash is inherited with the comparison.
  if (!t->hash && !(t->richcompare && t->richcompare != b->richcompare)) t->hash = b->hash;
  if (type_has_flag(b, kHaveGC) && !t->traverse) {
    t->traverse = b->traverse;
    t->clear = b->clear;
  }
  if (!t->dictoffset) t->dictoffset = b->dictoffset;
  if (!t->basicsize) t->basicsize = b->basicsize;
  if (!t->itemsize) t->itemsize = b->itemsize;
  t->flags |= b->flags & (kIntSubclass | kStrSubclass | kTupleSubclass | kListSubclass | kDictSubclass |
                          kBytesSubclass | kTypeSubclass | kExceptionSubclass | kHaveGC);
}

int add_descriptors(TypeObject* t) {
  for (MethodDef* m = t->methods; m && m->name; m++) {
    Object* d;
    if (m->flags & kMethStatic) {
      Object* f = native_function_new(m, nullptr, nullptr);
      d = f ? staticmethod_new(f) : nullptr;
      xdecref(f);
    } else {
      d = method_descr_new(t, m);
    }
    if (!d) return -1;
    int rc = dict_set_cstr(t->dict, m->name, d);
    decref(d);
    if (rc < 0) return -1;
  }
  for (GetSetDef* g = t->getset; g && g->name; g++) {
    Object* d = getset_descr_new(t, g);
    if (!d) return -1;
    int rc = dict_set_cstr(t->dict, g->name, d);
    decref(d);
    if (rc < 0) return -1;
  }
  return 0;
}

}  // namespace

namespace {
// During start-up, types are readied only once every built-in type's slots are
// assigned (readying one needs str, dict and the descriptor types to work).
bool bootstrapping = true;
std::vector<TypeObject*> ready_later;
}  // namespace

int type_ready(TypeObject* t) {
  if (type_has_flag(t, kReady)) return 0;
  if (!t->ob_type) t->ob_type = &TypeType;
  if (!type_has_flag(t, kHeapType)) make_immortal(t);
  if (bootstrapping) {
    ready_later.push_back(t);
    return 0;
  }
  t->flags |= kReady;
  if (!t->base && t != &ObjectType) t->base = &ObjectType;
  if (t->base && !type_has_flag(t->base, kReady) && type_ready(t->base) < 0) return -1;
  if (!t->bases) t->bases = t->base ? tuple_pack(1, t->base) : tuple_new(0);
  if (!t->mro) {
    if (t->base) {
      // Single inheritance: (t,) + base.__mro__.
      intptr_t n = tuple_size(t->base->mro);
      t->mro = tuple_new(n + 1);
      tuple_set(t->mro, 0, newref(t));
      for (intptr_t i = 0; i < n; i++) tuple_set(t->mro, i + 1, newref(tuple_get(t->base->mro, i)));
    } else {
      t->mro = tuple_pack(1, t);
    }
  }
  if (t->base) inherit_slots(t, t->base);
  if (!t->dict) t->dict = dict_new();
  if (!t->name_obj) {
    const char* dot = strrchr(t->name, '.');
    t->name_obj = str_intern(dot ? dot + 1 : t->name);
    if (dot) t->module = str_intern(std::string_view(t->name, dot - t->name));
  }
  if (!t->qualname) t->qualname = newref(t->name_obj);
  if (!t->module) t->module = str_intern("builtins");
  if (add_descriptors(t) < 0) return -1;
  if (add_slot_wrappers(t) < 0) return -1;
  Object* doc = t->doc ? str_from_cstr(t->doc) : newref(None);
  if (!doc) return -1;
  if (!dict_get_str(t->dict, names::__doc__)) dict_set(t->dict, names::__doc__, doc);
  decref(doc);
  type_modified(t);
  return 0;
}

int types_ready_after_bootstrap() {
  bootstrapping = false;
  for (TypeObject* t : ready_later)
    if (type_ready(t) < 0) return -1;
  ready_later.clear();
  return 0;
}

// ---- creating classes: type(name, bases, dict) --------------------------------

namespace {

// The base whose instance layout the new class extends: the most derived
// "solid" base (one that adds C fields), as CPython's best_base.
TypeObject* solid_base(TypeObject* t) {
  // A type adds no C fields when its size is its base's plus, at most, the
  // dict and weakref slots it introduced; all exception classes thus share
  // BaseException as solid base, and `class E(OSError, ValueError)` works.
  while (t->base &&
         t->basicsize == t->base->basicsize + (t->dictoffset && !t->base->dictoffset ? 8 : 0) +
                             (t->weaklistoffset && !t->base->weaklistoffset ? 8 : 0))
    t = t->base;
  return t;
}

TypeObject* best_base(Object* bases) {
  TypeObject* winner = nullptr;
  TypeObject* winner_solid = nullptr;
  for (intptr_t i = 0; i < tuple_size(bases); i++) {
    Object* b = tuple_get(bases, i);
    if (!type_has_flag(type_of(b), kTypeSubclass)) {
      raise(&exc::TypeError, "bases must be types");
      return nullptr;
    }
    auto* bt = static_cast<TypeObject*>(b);
    if (!type_has_flag(bt, kBaseType)) {
      raise(&exc::TypeError, "type '%s' is not an acceptable base type", bt->name);
      return nullptr;
    }
    TypeObject* s = solid_base(bt);
    if (!winner) {
      winner = bt;
      winner_solid = s;
    } else if (type_is_subtype(winner_solid, s)) {
      // keep the winner
    } else if (type_is_subtype(s, winner_solid)) {
      winner = bt;
      winner_solid = s;
    } else {
      raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return winner;
}

// Wraps plain functions that Python treats as static/class methods implicitly.
int fix_implicit_methods(Object* dict) {
  struct {
    Object* name;
    Object* (*wrap)(Object*);
  } implicit[] = {{names::__new__, staticmethod_new},
                  {names::__init_subclass__, classmethod_new},
                  {names::__class_getitem__, classmethod_new}};
  for (auto& im : implicit) {
    Object* f = dict_get_str(dict, im.name);
    if (f && is_function(f)) {
      Object* w = im.wrap(f);
      if (!w) return -1;
      int rc = dict_set(dict, im.name, w);
      decref(w);
      if (rc < 0) return -1;
    }
  }
  return 0;
}

void heap_type_dealloc(Object* self);
int heap_type_traverse(Object* self, VisitFn visit, void* arg);
int heap_type_clear(Object* self);

}  // namespace

Object* type_new_class(TypeObject* metatype, Object* name, Object* bases, Object* ns, Object* kwargs) {
  if (!is_str(name)) return raise(&exc::TypeError, "type.__new__() argument 1 must be str, not %s", type_name(name));
  if (!is_tuple(bases)) return raise(&exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(bases));
  if (!is_dict(ns)) return raise(&exc::TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(ns));
  Object* owned_bases = tuple_size(bases) == 0 ? tuple_pack(1, &ObjectType) : newref(bases);
  TypeObject* base = best_base(owned_bases);
  if (!base) {
    decref(owned_bases);
    return nullptr;
  }
  auto* t = static_cast<TypeObject*>(gc_alloc(metatype, metatype->basicsize));
  if (!t) {
    decref(owned_bases);
    return nullptr;
  }
  t->flags = kHeapType | kBaseType | kReady | kHaveGC;
  t->name_obj = newref(name);
  t->name = str_data(name);
  t->base = static_cast<TypeObject*>(newref(base));
  t->bases = owned_bases;
  t->dict = dict_copy(ns);
  if (!t->dict) goto fail;
  // Layout: the solid base's, plus an instance dict slot if it has none.
  t->basicsize = base->basicsize;
  t->itemsize = base->itemsize;
  t->dictoffset = base->dictoffset;
  if (!t->dictoffset && !base->itemsize) {
    t->dictoffset = base->basicsize;
    t->basicsize += sizeof(Object*);
    Object* d = getset_descr_new(t, instance_dict_descriptor());
    if (!d || dict_set(t->dict, names::__dict__, d) < 0) {
      xdecref(d);
      goto fail;
    }
    decref(d);
  }
  // And a weak reference list after it (vm/weakref.h), with `__weakref__`.
  t->weaklistoffset = base->weaklistoffset;
  if (!t->weaklistoffset && !base->itemsize) {
    t->weaklistoffset = t->basicsize;
    t->basicsize += sizeof(Object*);
    Object* d = getset_descr_new(t, weaklist_descriptor());
    if (!d || dict_set(t->dict, names::__weakref__, d) < 0) {
      xdecref(d);
      goto fail;
    }
    decref(d);
  }
  t->mro = compute_mro(t, owned_bases);
  if (!t->mro) goto fail;
  inherit_slots(t, base);
  t->flags |= kHaveGC;
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;
  {
    Object* q = dict_get_str(t->dict, names::__qualname__);
    if (q) {
      if (!is_str(q)) {
        raise(&exc::TypeError, "type __qualname__ must be a str, not %s", type_name(q));
        goto fail;
      }
      t->qualname = newref(q);
      if (dict_del(t->dict, names::__qualname__) < 0) goto fail;
    } else {
      t->qualname = newref(name);
    }
    Object* m = dict_get_str(t->dict, names::__module__);
    t->module = xnewref(m);
    if (!m) {
      // __module__ from the globals of the caller: the class body set it.
      t->module = nullptr;
    }
    Object* doc = dict_get_str(t->dict, names::__doc__);
    if (!doc && dict_set(t->dict, names::__doc__, None) < 0) goto fail;
  }
  if (fix_implicit_methods(t->dict) < 0) goto fail;
  // The class body's __class__ cell (zero-argument super()) now gets the class.
  if (Object* cell = dict_get_cstr(t->dict, "__classcell__")) {
    if (type_of(cell) == &CellType) setref(&static_cast<CellObject*>(cell)->ref, newref(t));
    if (dict_del(t->dict, str_intern("__classcell__")) < 0) goto fail;
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_get_str(t->dict, names::__eq__) && !dict_get_str(t->dict, names::__hash__) &&
      dict_set(t->dict, names::__hash__, None) < 0)
    goto fail;
  fixup_slots(t);
  type_modified(t);
  // __set_name__ on the attributes, then the parent's __init_subclass__.
  {
    intptr_t pos = 0;
    Object *k, *v;
    Object* items = list_new(0);
    while (dict_next(t->dict, &pos, &k, &v)) {
      Object* pair = tuple_pack(2, k, v);
      list_append(items, pair);
      decref(pair);
    }
    for (intptr_t i = 0; i < list_size(items); i++) {
      Object* pair = list_get(items, i);
      Object* value = tuple_get(pair, 1);
      Object* set_name = type_lookup(type_of(value), names::__set_name__);
      if (!set_name) continue;
      Object* args[3] = {value, t, tuple_get(pair, 0)};
      Object* r = call(set_name, args, 3);
      if (!r) {
        decref(items);
        goto fail;
      }
      decref(r);
    }
    decref(items);
  }
  {
    Object* sup = call2(&SuperType, t, t);
    if (!sup) goto fail;
    Object* init_sub = object_getattr(sup, names::__init_subclass__);
    decref(sup);
    if (!init_sub) goto fail;
    Object* r = call_tuple_dict(init_sub, nullptr, kwargs);
    decref(init_sub);
    if (!r) goto fail;
    decref(r);
  }
  return t;
fail:
  decref(t);
  return nullptr;
}

namespace {

void heap_type_dealloc(Object* self) {
  auto* t = static_cast<TypeObject*>(self);
  gc_untrack(self);
  weakrefs_clear(self);
  heap_type_clear(self);
  clearref(&t->dict);
  clearref(&t->bases);
  clearref(reinterpret_cast<Object**>(&t->base));
  clearref(&t->name_obj);
  clearref(&t->qualname);
  clearref(&t->module);
  type_modified(t);
  object_free(self);
}

int heap_type_traverse(Object* self, VisitFn visit, void* arg) {
  auto* t = static_cast<TypeObject*>(self);
  for (Object* o : {static_cast<Object*>(t->base), t->bases, t->mro, t->dict, t->module})
    if (o && visit(o, arg)) return 1;
  return 0;
}

// Breaks a class's cycles as CPython's type_clear does: the namespace is
// emptied and the MRO dropped, but `base` and `bases` stay, so instances
// cleared in the same collection can still be deallocated through their
// built-in base.
int heap_type_clear(Object* self) {
  auto* t = static_cast<TypeObject*>(self);
  if (t->dict) dict_clear(t->dict);
  clearref(&t->mro);
  type_modified(t);
  return 0;
}

// ---- type's own slots ------------------------------------------------------------

Object* type_repr(Object* self) {
  auto* t = static_cast<TypeObject*>(self);
  if (t->module && is_str(t->module) && str_view(t->module) != "builtins")
    return str_format_c("<class '%s.%s'>", str_data(t->module), str_data(t->qualname));
  return str_format_c("<class '%s'>", t->name);
}

Object* type_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  auto* t = static_cast<TypeObject*>(self);
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (t == &TypeType && nargs == 1 && nkw == 0) return newref(type_of(args[0]));
  if (!t->new_ || type_has_flag(t, kAbstractNoNew))
    return raise(&exc::TypeError, "cannot create '%s' instances", t->name);
  Object* obj = t->new_(t, args, nargs, kwnames);
  if (!obj) return nullptr;
  // __init__ runs only when __new__ returned an instance of the type.
  if (!is_instance_of(obj, t)) return obj;
  TypeObject* ot = type_of(obj);
  if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
    decref(obj);
    return nullptr;
  }
  return obj;
}

Object* type_new_slot(TypeObject* metatype, Object* const* args, size_t nargs, Object* kwnames) {
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (metatype == &TypeType && nargs == 1 && nkw == 0) return newref(type_of(args[0]));
  if (nargs != 3) return raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  Object* kwargs = nullptr;
  if (nkw) {
    kwargs = dict_new();
    for (size_t i = 0; i < nkw; i++) dict_set(kwargs, tuple_get(kwnames, i), args[nargs + i]);
  }
  Object* r = type_new_class(metatype, args[0], args[1], args[2], kwargs);
  xdecref(kwargs);
  return r;
}

int type_init_slot(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs != 1 && nargs != 3) {
    raise(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

Object* type_getattro(Object* self, Object* name) {
  auto* t = static_cast<TypeObject*>(self);
  TypeObject* meta = type_of(self);
  Object* meta_attr = type_lookup(meta, name);
  if (meta_attr && type_of(meta_attr)->descr_set && type_of(meta_attr)->descr_get)
    return type_of(meta_attr)->descr_get(meta_attr, self, meta);
  Object* attr = type_lookup(t, name);
  if (attr) {
    DescrGetFn get = type_of(attr)->descr_get;
    if (get) return get(attr, nullptr, self);
    return newref(attr);
  }
  if (meta_attr) {
    DescrGetFn get = type_of(meta_attr)->descr_get;
    if (get) return get(meta_attr, self, meta);
    return newref(meta_attr);
  }
  return raise(&exc::AttributeError, "type object '%s' has no attribute '%s'", t->name, str_data(name));
}

int type_setattro(Object* self, Object* name, Object* value) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has_flag(t, kHeapType)) {
    raise(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", str_data(name), t->name);
    return -1;
  }
  Object* meta_attr = type_lookup(type_of(self), name);
  if (meta_attr && type_of(meta_attr)->descr_set) return type_of(meta_attr)->descr_set(meta_attr, self, value);
  Object* key = str_intern_object(newref(name));
  int rc;
  if (value) {
    rc = dict_set(t->dict, key, value);
  } else {
    rc = dict_del(t->dict, key);
    if (rc == 0) {
      raise(&exc::AttributeError, "type object '%s' has no attribute '%s'", t->name, str_data(name));
      rc = -1;
    }
  }
  type_modified(t);
  std::string_view n = str_view(key);
  if (rc >= 0 && n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") fixup_slots(t);
  return rc < 0 ? -1 : 0;
}

Object* type_get_name(Object* self) { return newref(static_cast<TypeObject*>(self)->name_obj); }
int type_set_name(Object* self, Object* v) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has_flag(t, kHeapType) || !v || !is_str(v)) {
    raise(&exc::TypeError, "can only assign string to %s.__name__", t->name);
    return -1;
  }
  setref(&t->name_obj, newref(v));
  t->name = str_data(v);
  return 0;
}
Object* type_get_qualname(Object* self) { return newref(static_cast<TypeObject*>(self)->qualname); }
int type_set_qualname(Object* self, Object* v) {
  auto* t = static_cast<TypeObject*>(self);
  if (!v || !is_str(v)) {
    raise(&exc::TypeError, "can only assign string to %s.__qualname__", t->name);
    return -1;
  }
  setref(&t->qualname, newref(v));
  return 0;
}
Object* type_get_module(Object* self) {
  auto* t = static_cast<TypeObject*>(self);
  if (type_has_flag(t, kHeapType)) {
    Object* m = dict_get_str(t->dict, names::__module__);
    if (m) return newref(m);
  }
  return newref(t->module ? t->module : None);
}
int type_set_module(Object* self, Object* v) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has_flag(t, kHeapType)) {
    raise(&exc::TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  type_modified(t);
  return dict_set(t->dict, names::__module__, v ? v : None);
}
Object* type_get_mro(Object* self) { return newref(static_cast<TypeObject*>(self)->mro); }
Object* type_get_bases(Object* self) { return newref(static_cast<TypeObject*>(self)->bases); }
Object* type_get_base(Object* self) {
  TypeObject* b = static_cast<TypeObject*>(self)->base;
  return newref(b ? static_cast<Object*>(b) : None);
}
Object* type_get_dict(Object* self) { return newref(static_cast<TypeObject*>(self)->dict); }
Object* type_get_doc(Object* self) {
  auto* t = static_cast<TypeObject*>(self);
  Object* d = dict_get_str(t->dict, names::__doc__);
  if (d && type_of(d)->descr_get) return type_of(d)->descr_get(d, nullptr, self);
  return newref(d ? d : None);
}

GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr},
    {"__bases__", type_get_bases, nullptr, nullptr},
    {"__base__", type_get_base, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr},
    {"__doc__", type_get_doc, nullptr, nullptr},
    {nullptr},
};

Object* type_mro_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("mro", nargs, kwnames, 0, 0)) return nullptr;
  return list_from_iterable(static_cast<TypeObject*>(self)->mro);
}

Object* type_instancecheck(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__instancecheck__", nargs, kwnames, 1, 1)) return nullptr;
  return bool_from(is_instance_of(args[0], static_cast<TypeObject*>(self)));
}

Object* type_subclasscheck(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__subclasscheck__", nargs, kwnames, 1, 1)) return nullptr;
  if (!type_has_flag(type_of(args[0]), kTypeSubclass))
    return raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return bool_from(type_is_subtype(static_cast<TypeObject*>(args[0]), static_cast<TypeObject*>(self)));
}

Object* type_prepare(Object* self, Object* const* args, size_t nargs, Object* kwnames) { return dict_new(); }

MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "mro($self, /)\n--\n\nReturn a type's method resolution order."},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, kMethClass, "Create the namespace for the class statement"},
    {nullptr},
};

}  // namespace

void type_type_init() {
  TypeType.name = "type";
  // Heap types keep their weak reference list after the TypeObject fields.
  TypeType.basicsize = sizeof(TypeObject) + sizeof(Object*);
  TypeType.weaklistoffset = sizeof(TypeObject);
  TypeType.flags = kBaseType | kTypeSubclass | kHaveGC;
  TypeType.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  TypeType.dealloc = heap_type_dealloc;
  TypeType.traverse = heap_type_traverse;
  TypeType.clear = heap_type_clear;
  TypeType.repr = type_repr;
  TypeType.call = type_call;
  TypeType.new_ = type_new_slot;
  TypeType.init = type_init_slot;
  TypeType.getattro = type_getattro;
  TypeType.setattro = type_setattro;
  TypeType.getset = type_getset;
  TypeType.methods = type_methods;
  TypeType.hash = object_identity_hash;
  TypeType.dictoffset = 0;
}

}  // namespace frost
