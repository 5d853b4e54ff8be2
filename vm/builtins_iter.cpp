/*
 * builtins_iter.cpp — the lazy iterator types of builtins: enumerate, zip,
 * map, filter and reversed (CPython 3.11 semantics and messages).
 *
 * All are GC containers (they hold iterators and callables that may refer
 * back to them) and subclassable.  Their `new_` slot does the argument
 * parsing, so `type(enumerate(x))` is `enumerate` and `class E(enumerate)`
 * works.
 *
 * Result-tuple reuse (CPython's trick): enumerate and zip keep the tuple
 * they returned last; when the consumer has dropped it (refcount back to 1,
 * the usual case for `for i, x in enumerate(...)`, which unpacks and drops
 * it at once), the next step refills that tuple instead of allocating one.
 * A reused tuple is re-tracked by the collector if it was untracked.
 *
 * reversed(seq) calls `seq.__reversed__()` when the type defines it (None
 * means "not reversible"), else walks the sequence protocol from len-1 down
 * with direct indexing for exact lists and tuples.
 */
#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/iterators.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject EnumerateType;
TypeObject ZipType;
TypeObject MapType;
TypeObject FilterType;
TypeObject ReversedType;

namespace {

// Makes `*slot` (a reusable tuple of `n` items) hold `items` (stolen) and
// returns a new reference to it, when the iterator holds the only
// reference; otherwise returns a new tuple.  Null only on allocation
// failure (the items are released).
Object* refill_result(Object** slot, Object* const* items, intptr_t n) {
  Object* r = *slot;
  if (r && refcount(r) == 1) {
    incref(r);
    for (intptr_t i = 0; i < n; ++i) {
      Object* old = tuple_get(r, i);
      tuple_set(r, i, items[i]);
      decref(old);
    }
    if (!gc_is_tracked(r)) gc_track(r);
    return r;
  }
  r = tuple_new(n);
  if (!r) {
    for (intptr_t i = 0; i < n; ++i) decref(items[i]);
    return nullptr;
  }
  for (intptr_t i = 0; i < n; ++i) tuple_set(r, i, items[i]);
  return r;
}

// A tuple of `n` Nones: the initial reusable result.
Object* none_tuple(intptr_t n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (intptr_t i = 0; i < n; ++i) tuple_set(t, i, newref(None));
  return t;
}

// ---- enumerate -------------------------------------------------------------------------

struct EnumerateObject : Object {
  Object* it;
  int64_t index;      // the next index while big_index is null
  Object* big_index;  // the next index once it no longer fits int64
  Object* result;     // the reusable (index, item) tuple
};

Object* enumerate_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"iterable", "start", nullptr};
  Object* a[2];
  if (!parse_args("enumerate", args, nargs, kwnames, kw, 1, a)) return nullptr;
  Object* start = nullptr;
  if (a[1] && !(start = number_index(a[1]))) return nullptr;
  auto* e = static_cast<EnumerateObject*>(gc_alloc(type, static_cast<size_t>(type->basicsize)));
  if (!e) {
    xdecref(start);
    return nullptr;
  }
  if (start && int_is_small(start)) {
    e->index = int_small_value(start);
    decref(start);
  } else {
    e->big_index = start;  // null: start at 0
  }
  if (!(e->it = object_iter(a[0])) || !(e->result = none_tuple(2))) {
    decref(e);
    return nullptr;
  }
  return e;
}

// The current index as an int, advancing the counter.
Object* enumerate_take_index(EnumerateObject* e) {
  if (!e->big_index) {
    Object* idx = int_from_i64(e->index);
    if (idx && e->index == INT64_MAX) {
      Object* one = int_from_i64(1);
      e->big_index = binary_op(idx, one, BinOp::Add);
      decref(one);
      if (!e->big_index) {
        decref(idx);
        return nullptr;
      }
    } else {
      ++e->index;
    }
    return idx;
  }
  Object* one = int_from_i64(1);
  Object* next = binary_op(e->big_index, one, BinOp::Add);
  decref(one);
  if (!next) return nullptr;
  Object* idx = e->big_index;
  e->big_index = next;
  return idx;
}

Object* enumerate_next(Object* self) {
  auto* e = static_cast<EnumerateObject*>(self);
  Object* item = iter_next(e->it);
  if (!item) return nullptr;
  Object* idx = enumerate_take_index(e);
  if (!idx) {
    decref(item);
    return nullptr;
  }
  Object* pair[2] = {idx, item};
  return refill_result(&e->result, pair, 2);
}

int enumerate_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<EnumerateObject*>(self);
  if (int r = visit_opt(e->it, visit, arg)) return r;
  if (int r = visit_opt(e->big_index, visit, arg)) return r;
  return visit_opt(e->result, visit, arg);
}

int enumerate_clear(Object* self) {
  auto* e = static_cast<EnumerateObject*>(self);
  clearref(&e->it);
  clearref(&e->big_index);
  clearref(&e->result);
  return 0;
}

void enumerate_dealloc(Object* self) {
  enumerate_clear(self);
  object_free(self);
}

// ---- zip ---------------------------------------------------------------------------------

struct ZipObject : Object {
  Object* iters;   // tuple of iterators
  Object* result;  // the reusable tuple; null for zip()
  bool strict;
};

Object* zip_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* strict_arg = nullptr;
  if (kwnames) {
    static const char* const kw[] = {"strict", nullptr};
    if (!parse_args("zip", args + nargs, 0, kwnames, kw, 0, &strict_arg)) return nullptr;
  }
  int strict = strict_arg ? object_is_true(strict_arg) : 0;
  if (strict < 0) return nullptr;
  auto n = static_cast<intptr_t>(nargs);
  Object* iters = tuple_new(n);
  if (!iters) return nullptr;
  for (intptr_t i = 0; i < n; ++i) {
    Object* it = object_iter(args[i]);
    if (!it) {
      for (intptr_t j = i; j < n; ++j) tuple_set(iters, j, newref(None));
      decref(iters);
      return nullptr;
    }
    tuple_set(iters, i, it);
  }
  auto* z = static_cast<ZipObject*>(gc_alloc(type, static_cast<size_t>(type->basicsize)));
  if (!z) {
    decref(iters);
    return nullptr;
  }
  z->iters = iters;
  z->strict = strict;
  if (n > 0 && !(z->result = none_tuple(n))) {
    decref(z);
    return nullptr;
  }
  return z;
}

// zip(strict=True) found iterator `i` exhausted: a ValueError unless every
// iterator is exhausted at the same step.  Null either way (no exception
// when the lengths agree).
Object* zip_check_lengths(ZipObject* z, intptr_t i) {
  if (i > 0) {
    return raise(&exc::ValueError, "zip() argument %zd is shorter than argument%s%zd", i + 1,
                 i == 1 ? " " : "s 1-", i);
  }
  for (i = 1; i < tuple_size(z->iters); ++i) {
    Object* item = iter_next(tuple_get(z->iters, i));
    if (item) {
      decref(item);
      return raise(&exc::ValueError, "zip() argument %zd is longer than argument%s%zd", i + 1,
                   i == 1 ? " " : "s 1-", i);
    }
    if (error_occurred()) return nullptr;
  }
  return nullptr;
}

Object* zip_next(Object* self) {
  auto* z = static_cast<ZipObject*>(self);
  intptr_t n = tuple_size(z->iters);
  if (n == 0) return nullptr;
  ArgBuffer items(static_cast<size_t>(n));
  if (!items.items()) return raise_no_memory();
  for (intptr_t i = 0; i < n; ++i) {
    Object* item = iter_next(tuple_get(z->iters, i));
    if (!item) {
      for (intptr_t j = 0; j < i; ++j) decref(items.items()[j]);
      if (z->strict && !error_occurred()) return zip_check_lengths(z, i);
      return nullptr;
    }
    items.items()[i] = item;
  }
  return refill_result(&z->result, items.items(), n);
}

int zip_traverse(Object* self, VisitFn visit, void* arg) {
  auto* z = static_cast<ZipObject*>(self);
  if (int r = visit_opt(z->iters, visit, arg)) return r;
  return visit_opt(z->result, visit, arg);
}

int zip_clear(Object* self) {
  auto* z = static_cast<ZipObject*>(self);
  clearref(&z->iters);
  clearref(&z->result);
  return 0;
}

void zip_dealloc(Object* self) {
  zip_clear(self);
  object_free(self);
}

// ---- map --------------------------------------------------------------------------------

struct MapObject : Object {
  Object* func;
  Object* iters;  // tuple of iterators, at least one
};

Object* map_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "map() takes no keyword arguments");
  if (nargs < 2) return raise(&exc::TypeError, "map() must have at least two arguments.");
  auto n = static_cast<intptr_t>(nargs - 1);
  Object* iters = tuple_new(n);
  if (!iters) return nullptr;
  for (intptr_t i = 0; i < n; ++i) {
    Object* it = object_iter(args[i + 1]);
    if (!it) {
      for (intptr_t j = i; j < n; ++j) tuple_set(iters, j, newref(None));
      decref(iters);
      return nullptr;
    }
    tuple_set(iters, i, it);
  }
  auto* m = static_cast<MapObject*>(gc_alloc(type, static_cast<size_t>(type->basicsize)));
  if (!m) {
    decref(iters);
    return nullptr;
  }
  m->func = newref(args[0]);
  m->iters = iters;
  return m;
}

Object* map_next(Object* self) {
  auto* m = static_cast<MapObject*>(self);
  intptr_t n = tuple_size(m->iters);
  if (n == 1) {
    Object* item = iter_next(tuple_get(m->iters, 0));
    if (!item) return nullptr;
    Object* r = call1(m->func, item);
    decref(item);
    return r;
  }
  ArgBuffer items(static_cast<size_t>(n));
  if (!items.items()) return raise_no_memory();
  intptr_t got = 0;
  for (; got < n; ++got) {
    if (!(items.items()[got] = iter_next(tuple_get(m->iters, got)))) break;
  }
  Object* r = got == n ? call(m->func, items.items(), static_cast<size_t>(n)) : nullptr;
  for (intptr_t i = 0; i < got; ++i) decref(items.items()[i]);
  return r;
}

int map_traverse(Object* self, VisitFn visit, void* arg) {
  auto* m = static_cast<MapObject*>(self);
  if (int r = visit_opt(m->func, visit, arg)) return r;
  return visit_opt(m->iters, visit, arg);
}

int map_clear(Object* self) {
  auto* m = static_cast<MapObject*>(self);
  clearref(&m->func);
  clearref(&m->iters);
  return 0;
}

void map_dealloc(Object* self) {
  map_clear(self);
  object_free(self);
}

// ---- filter ---------------------------------------------------------------------------------

struct FilterObject : Object {
  Object* func;  // None or bool: keep the truthy items
  Object* it;
};

Object* filter_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("filter", nargs, kwnames, 2, 2)) return nullptr;
  Object* it = object_iter(args[1]);
  if (!it) return nullptr;
  auto* f = static_cast<FilterObject*>(gc_alloc(type, static_cast<size_t>(type->basicsize)));
  if (!f) {
    decref(it);
    return nullptr;
  }
  f->func = newref(args[0]);
  f->it = it;
  return f;
}

Object* filter_next(Object* self) {
  auto* f = static_cast<FilterObject*>(self);
  bool truthiness = f->func == None || f->func == static_cast<Object*>(&BoolType);
  while (Object* item = iter_next(f->it)) {
    int keep;
    if (truthiness) {
      keep = object_is_true(item);
    } else {
      Object* r = call1(f->func, item);
      keep = r ? object_is_true(r) : -1;
      xdecref(r);
    }
    if (keep > 0) return item;
    decref(item);
    if (keep < 0) return nullptr;
  }
  return nullptr;
}

int filter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* f = static_cast<FilterObject*>(self);
  if (int r = visit_opt(f->func, visit, arg)) return r;
  return visit_opt(f->it, visit, arg);
}

int filter_clear(Object* self) {
  auto* f = static_cast<FilterObject*>(self);
  clearref(&f->func);
  clearref(&f->it);
  return 0;
}

void filter_dealloc(Object* self) {
  filter_clear(self);
  object_free(self);
}

// ---- reversed ----------------------------------------------------------------------------------

struct ReversedObject : Object {
  Object* seq;     // null once exhausted
  intptr_t index;  // the next index to yield; -1 once exhausted
};

Object* reversed_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("reversed", nargs, kwnames, 1, 1)) return nullptr;
  Object* seq = args[0];
  Object* method = type_lookup(type_of(seq), names::__reversed__);
  if (method && method != None) return call_method(seq, names::__reversed__, nullptr, 0);
  if (method == None || !type_of(seq)->getitem || is_dict(seq))
    return raise(&exc::TypeError, "'%s' object is not reversible", type_name(seq));
  intptr_t n = object_len(seq);
  if (n < 0) return nullptr;
  auto* r = static_cast<ReversedObject*>(gc_alloc(type, static_cast<size_t>(type->basicsize)));
  if (!r) return nullptr;
  r->seq = newref(seq);
  r->index = n - 1;
  return r;
}

Object* reversed_next(Object* self) {
  auto* r = static_cast<ReversedObject*>(self);
  if (r->index >= 0 && r->seq) {
    Object* seq = r->seq;
    Object* item;
    if (is_exact_list(seq)) {
      item = r->index < list_size(seq) ? newref(list_get(seq, r->index)) : nullptr;
    } else if (is_exact_tuple(seq)) {
      item = newref(tuple_get(seq, r->index));
    } else {
      Object* idx = int_from_i64(r->index);
      if (!idx) return nullptr;
      item = object_getitem(seq, idx);
      decref(idx);
      if (!item && (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration))) error_clear();
    }
    if (item) {
      --r->index;
      return item;
    }
  }
  r->index = -1;
  clearref(&r->seq);
  return nullptr;
}

int reversed_traverse(Object* self, VisitFn visit, void* arg) {
  return visit_opt(static_cast<ReversedObject*>(self)->seq, visit, arg);
}

int reversed_clear(Object* self) {
  clearref(&static_cast<ReversedObject*>(self)->seq);
  return 0;
}

void reversed_dealloc(Object* self) {
  reversed_clear(self);
  object_free(self);
}

}  // namespace

int iterator_types_init() {
  if (protocol_iterator_types_init() < 0) return -1;
  if (ready_iterator_type(&EnumerateType, "enumerate", sizeof(EnumerateObject), enumerate_dealloc,
                          enumerate_traverse, enumerate_clear, enumerate_next, enumerate_new,
                          "enumerate(iterable, start=0)\nReturn an enumerate object.") < 0)
    return -1;
  if (ready_iterator_type(&ZipType, "zip", sizeof(ZipObject), zip_dealloc, zip_traverse, zip_clear, zip_next,
                          zip_new, "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.") < 0)
    return -1;
  if (ready_iterator_type(&MapType, "map", sizeof(MapObject), map_dealloc, map_traverse, map_clear, map_next,
                          map_new, "map(func, *iterables) --> map object") < 0)
    return -1;
  if (ready_iterator_type(&FilterType, "filter", sizeof(FilterObject), filter_dealloc, filter_traverse,
                          filter_clear, filter_next, filter_new, "filter(function or None, iterable) --> filter object") < 0)
    return -1;
  return ready_iterator_type(&ReversedType, "reversed", sizeof(ReversedObject), reversed_dealloc,
                             reversed_traverse, reversed_clear, reversed_next, reversed_new,
                             "reversed(sequence, /)\nReturn a reverse iterator over the values of the given sequence.");
}

}  // namespace frost
