/*
 * dict_views.cpp — d.keys(), d.values(), d.items() and the dict iterators.
 *
 * A view holds its dict and reads it live: len, iteration, `in`, repr.  Keys
 * and items views are also set-like, as in CPython: they compare with sets
 * and other views (==, <, <=, ...) by containment, and `& | - ^` return new
 * sets, built the way CPython builds them (a set made from the left operand,
 * then updated), so the results iterate in CPython's order.  The binop slot
 * gets the operands in expression order, so `{1} | d.keys()` arrives here
 * with the set on the left and works the same way.
 *
 * An iterator walks the dense entry array by position (backwards for
 * reversed()) and checks the dict's size at each step: a size change raises
 * "dictionary changed size during iteration", and more items than the size
 * announced raise "dictionary keys changed during iteration".  An items
 * iterator reuses its result tuple when the caller has released it (the
 * usual `for k, v in d.items()`), which saves an allocation per item.
 */
#include <string>
#include <utility>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject DictKeysType;
TypeObject DictValuesType;
TypeObject DictItemsType;
TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

namespace {

enum class Kind : uint8_t { Keys, Values, Items };

struct DictIterObject : Object {
  Object* dict;     // null once exhausted
  intptr_t used;    // the dict's size when the iterator was made (-1: broken)
  intptr_t pos;     // the next entry position to look at
  intptr_t len;     // items left
  Object* result;   // items iterators: the (key, value) tuple to reuse
  Kind kind;
  bool reversed;
};

inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }
inline Object* view_dict(Object* v) { return static_cast<DictViewObject*>(v)->dict; }
inline bool is_set_like_view(const Object* o) { return is_dict_keys(o) || is_dict_items(o); }

TypeObject* iter_type_for(Object* view) {
  if (is_dict_keys(view)) return &DictKeyIterType;
  if (is_dict_items(view)) return &DictItemIterType;
  return &DictValueIterType;
}

TypeObject* reversed_iter_type_for(Object* view) {
  if (is_dict_keys(view)) return &DictRevKeyIterType;
  if (is_dict_items(view)) return &DictRevItemIterType;
  return &DictRevValueIterType;
}

}  // namespace

// ---- iterators ---------------------------------------------------------------

Object* dict_iter_new(Object* d, TypeObject* type) {
  Object* o = gc_alloc(type, type->basicsize);
  if (!o) return nullptr;
  auto* it = static_cast<DictIterObject*>(o);
  it->kind = (type == &DictKeyIterType || type == &DictRevKeyIterType)       ? Kind::Keys
             : (type == &DictValueIterType || type == &DictRevValueIterType) ? Kind::Values
                                                                              : Kind::Items;
  it->reversed = type == &DictRevKeyIterType || type == &DictRevValueIterType ||
                 type == &DictRevItemIterType;
  it->dict = newref(d);
  it->used = dict_size(d);
  it->len = it->used;
  it->pos = it->reversed ? as_dict(d)->nentries - 1 : 0;
  if (it->kind == Kind::Items) {
    it->result = tuple_pack2(None, None);
    if (!it->result) {
      decref(o);
      return nullptr;
    }
  }
  return o;
}

static void dict_iter_dealloc(Object* self) {
  gc_untrack(self);
  auto* it = static_cast<DictIterObject*>(self);
  xdecref(it->dict);
  xdecref(it->result);
  object_free(self);
}

static int dict_iter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<DictIterObject*>(self);
  if (it->dict) {
    if (int r = visit(it->dict, arg)) return r;
  }
  return it->result ? visit(it->result, arg) : 0;
}

static int dict_iter_clear(Object* self) {
  auto* it = static_cast<DictIterObject*>(self);
  clearref(&it->dict);
  clearref(&it->result);
  return 0;
}

static Object* dict_iter_next(Object* self) {
  auto* it = static_cast<DictIterObject*>(self);
  if (!it->dict) return nullptr;
  DictObject* d = as_dict(it->dict);
  if (it->used != d->used) {
    it->used = -1;  // stays broken
    return raise(&exc::RuntimeError, "dictionary changed size during iteration");
  }
  intptr_t i = it->pos;
  if (!it->reversed) {
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i >= d->nentries) {
      clearref(&it->dict);
      return nullptr;
    }
    it->pos = i + 1;
  } else {
    if (i >= d->nentries) i = d->nentries - 1;  // the table was rebuilt meanwhile
    while (i >= 0 && !d->entries[i].key) i--;
    if (i < 0) {
      clearref(&it->dict);
      return nullptr;
    }
    it->pos = i - 1;
  }
  if (it->len == 0) {
    clearref(&it->dict);
    return raise(&exc::RuntimeError, "dictionary keys changed during iteration");
  }
  it->len--;
  DictEntry* e = &d->entries[i];
  switch (it->kind) {
    case Kind::Keys: return newref(e->key);
    case Kind::Values: return newref(e->value);
    case Kind::Items: break;
  }
  Object* r = it->result;
  if (refcount(r) == 1) {  // nobody else holds the previous pair
    Object* old_key = tuple_get(r, 0);
    Object* old_value = tuple_get(r, 1);
    tuple_set(r, 0, newref(e->key));
    tuple_set(r, 1, newref(e->value));
    decref(old_key);
    decref(old_value);
    return newref(r);
  }
  return tuple_pack2(e->key, e->value);
}

static Object* dict_iter_length_hint(Object* self, Object* const* args, size_t nargs,
                                     Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  auto* it = static_cast<DictIterObject*>(self);
  bool live = it->dict && it->used == dict_size(it->dict);
  return int_from_i64(live ? it->len : 0);
}

static MethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---- views -------------------------------------------------------------------

Object* dict_view_new(Object* d, TypeObject* type) {
  Object* v = gc_alloc(type, type->basicsize);
  if (v) static_cast<DictViewObject*>(v)->dict = newref(d);
  return v;
}

static void view_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(static_cast<DictViewObject*>(self)->dict);
  object_free(self);
}

static int view_traverse(Object* self, VisitFn visit, void* arg) {
  Object* d = view_dict(self);
  return d ? visit(d, arg) : 0;
}

static int view_clear(Object* self) {
  clearref(&static_cast<DictViewObject*>(self)->dict);
  return 0;
}

static intptr_t view_len(Object* self) { return dict_size(view_dict(self)); }

static Object* view_iter(Object* self) { return dict_iter_new(view_dict(self), iter_type_for(self)); }

static Object* view_repr(Object* self) {
  if (repr_enter(self)) return str_from("...");
  Object* items = list_from_iterable(self);
  Object* r = items ? object_repr(items) : nullptr;
  xdecref(items);
  repr_leave(self);
  if (!r) return nullptr;
  Object* s = str_format_c("%s(%s)", type_name(self), str_data(r));
  decref(r);
  return s;
}

static int keys_contains(Object* self, Object* key) { return dict_contains(view_dict(self), key); }

static int items_contains(Object* self, Object* item) {
  if (!is_tuple(item) || tuple_size(item) != 2) return 0;
  Object* found = dict_get(view_dict(self), tuple_get(item, 0));
  if (!found) return error_occurred() ? -1 : 0;
  incref(found);
  int r = object_eq(found, tuple_get(item, 1));
  decref(found);
  return r;
}

// 1 if every item of `self` is in `other`, 0 if not, -1 on error.
static int all_contained_in(Object* self, Object* other) {
  Object* it = object_iter(self);
  if (!it) return -1;
  int ok = 1;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      if (error_occurred()) ok = -1;
      break;
    }
    ok = object_contains(other, item);
    decref(item);
    if (ok <= 0) break;
  }
  decref(it);
  return ok;
}

static Object* view_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_anyset(b) && !is_set_like_view(b)) return NotImplemented;
  intptr_t len_self = object_len(a);
  if (len_self < 0) return nullptr;
  intptr_t len_other = object_len(b);
  if (len_other < 0) return nullptr;
  int ok = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (len_self == len_other) ok = all_contained_in(a, b);
      if (op == CompareOp::Ne && ok >= 0) ok = !ok;
      break;
    case CompareOp::Lt:
      if (len_self < len_other) ok = all_contained_in(a, b);
      break;
    case CompareOp::Le:
      if (len_self <= len_other) ok = all_contained_in(a, b);
      break;
    case CompareOp::Gt:
      if (len_self > len_other) ok = all_contained_in(b, a);
      break;
    case CompareOp::Ge:
      if (len_self >= len_other) ok = all_contained_in(b, a);
      break;
  }
  if (ok < 0) return nullptr;
  return bool_from(ok);
}

// A new set holding the items of `x` (the left operand of a view operator):
// a keys view of an exact dict is built from the dict itself, which sizes
// the table once, as CPython does.
static Object* view_to_set(Object* x) {
  if (is_dict_keys(x) && is_exact_dict(view_dict(x))) return set_new(view_dict(x));
  return set_new(x);
}

// view & other: the items of the larger operand that the smaller one holds.
static Object* view_intersect(Object* a, Object* b) {
  Object* self = a;
  Object* other = b;
  if (!is_set_like_view(self)) std::swap(self, other);
  intptr_t len_self = dict_size(view_dict(self));
  if (type_of(other) == &SetType && len_self <= set_size(other)) return set_intersection(other, self);
  if (is_set_like_view(other) && dict_size(view_dict(other)) > len_self) std::swap(self, other);
  Object* result = set_new(nullptr);
  if (!result) return nullptr;
  Object* it = object_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  bool keys = is_dict_keys(self);
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    int rv = keys ? keys_contains(self, item) : items_contains(self, item);
    if (rv > 0) rv = set_add(result, item) < 0 ? -1 : 0;
    decref(item);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
  }
  decref(it);
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

// items ^ items: pairs in exactly one of the two views.
static Object* items_xor(Object* a, Object* b) {
  Object* temp = dict_copy(view_dict(a));
  if (!temp) return nullptr;
  Object* result = set_new(nullptr);
  if (!result) {
    decref(temp);
    return nullptr;
  }
  Object* d2 = view_dict(b);
  intptr_t pos = 0;
  Object *key, *val2;
  int rv = 0;
  while (rv == 0 && dict_next(d2, &pos, &key, &val2)) {
    incref(key);
    incref(val2);
    Object* val1 = dict_get(temp, key);
    int to_delete = 0;
    if (val1) {
      incref(val1);
      to_delete = object_eq(val1, val2);
      decref(val1);
    } else if (error_occurred()) {
      to_delete = -1;
    }
    if (to_delete < 0) {
      rv = -1;
    } else if (to_delete) {
      rv = dict_del(temp, key) < 0 ? -1 : 0;
    } else {
      Object* pair = tuple_pack2(key, val2);
      rv = pair ? set_add(result, pair) : -1;
      xdecref(pair);
    }
    decref(key);
    decref(val2);
  }
  if (rv == 0) {
    Object* remaining = dict_view_new(temp, &DictItemsType);
    rv = remaining ? set_update(result, remaining) : -1;
    xdecref(remaining);
  }
  decref(temp);
  if (rv < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

static Object* view_binop(Object* a, Object* b, BinOp op) {
  if (op != BinOp::Sub && op != BinOp::And && op != BinOp::Or && op != BinOp::Xor)
    return NotImplemented;
  if (op == BinOp::And) return view_intersect(a, b);
  if (op == BinOp::Xor && is_dict_items(a) && is_dict_items(b)) return items_xor(a, b);
  Object* result = view_to_set(a);
  if (!result) return nullptr;
  int r = op == BinOp::Sub ? set_difference_update(result, b)
          : op == BinOp::Or ? set_update(result, b)
                            : set_symmetric_difference_update(result, b);
  if (r < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

static Object* view_isdisjoint(Object* self, Object* const* args, size_t nargs,
                               Object* kwnames) {
  if (!check_args("isdisjoint", nargs, kwnames, 1, 1)) return nullptr;
  Object* other = args[0];
  if (self == other) return bool_from(dict_size(view_dict(self)) == 0);
  Object* container = self;
  Object* iterated = other;
  // Iterate over the shorter one, when `in` is cheap on both.
  if (is_anyset(other) || is_set_like_view(other)) {
    intptr_t len_other = object_len(other);
    if (len_other < 0) return nullptr;
    if (len_other > dict_size(view_dict(self))) std::swap(container, iterated);
  }
  Object* it = object_iter(iterated);
  if (!it) return nullptr;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    int contains = object_contains(container, item);
    decref(item);
    if (contains != 0) {
      decref(it);
      return contains < 0 ? nullptr : False;
    }
  }
  decref(it);
  return error_occurred() ? nullptr : True;
}

static Object* view_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__reversed__", nargs, kwnames, 0, 0)) return nullptr;
  return dict_iter_new(view_dict(self), reversed_iter_type_for(self));
}

static MethodDef set_like_view_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "isdisjoint($self, other, /)\nReturn True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, 0, "__reversed__($self, /)\nReturn a reverse iterator over the dict keys."},
    {nullptr},
};

static MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed, 0, "__reversed__($self, /)\nReturn a reverse iterator over the dict values."},
    {nullptr},
};

void dict_views_types_init() {
  for (TypeObject* t : {&DictKeysType, &DictValuesType, &DictItemsType}) {
    t->basicsize = sizeof(DictViewObject);
    t->flags = kHaveGC;
    t->dealloc = view_dealloc;
    t->traverse = view_traverse;
    t->clear = view_clear;
    t->repr = view_repr;
    t->len = view_len;
    t->iter = view_iter;
  }
  DictKeysType.name = "dict_keys";
  DictValuesType.name = "dict_values";
  DictItemsType.name = "dict_items";
  for (TypeObject* t : {&DictKeysType, &DictItemsType}) {
    t->hash = hash_unhashable;  // set-like, hence unhashable like set
    t->richcompare = view_richcompare;
    t->binop = view_binop;
    t->methods = set_like_view_methods;
  }
  DictKeysType.contains = keys_contains;
  DictItemsType.contains = items_contains;
  DictValuesType.methods = values_view_methods;
  for (TypeObject* t : {&DictKeysType, &DictValuesType, &DictItemsType}) type_ready(t);

  struct {
    TypeObject* type;
    const char* name;
  } iters[] = {
      {&DictKeyIterType, "dict_keyiterator"},
      {&DictValueIterType, "dict_valueiterator"},
      {&DictItemIterType, "dict_itemiterator"},
      {&DictRevKeyIterType, "dict_reversekeyiterator"},
      {&DictRevValueIterType, "dict_reversevalueiterator"},
      {&DictRevItemIterType, "dict_reverseitemiterator"},
  };
  for (auto& [t, name] : iters) {
    t->name = name;
    t->basicsize = sizeof(DictIterObject);
    t->flags = kHaveGC;
    t->dealloc = dict_iter_dealloc;
    t->traverse = dict_iter_traverse;
    t->clear = dict_iter_clear;
    t->iter = iter_self;
    t->iternext = dict_iter_next;
    t->methods = dict_iter_methods;
    type_ready(t);
  }
}

}  // namespace frost
