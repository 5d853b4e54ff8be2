/*
 * ops_container.cpp — len, subscription, membership and iteration of any
 * object, and the two iterator types the protocol itself creates.
 *
 * - `o[k]` calls the `getitem` slot; on a type object without one, `T[k]`
 *   calls `T.__class_getitem__(k)` (PEP 560).
 * - `x in c` calls the `contains` slot, else iterates c comparing each item
 *   with `x` by identity-or-== (object_richcompare_bool).
 * - iter(o) calls the `iter` slot and checks that the result is an iterator
 *   (has `iternext`); an object with only `getitem` gets a sequence iterator
 *   (type `iterator`) that indexes 0, 1, 2 … until IndexError or
 *   StopIteration, which is the old sequence protocol.
 * - iter_next turns a StopIteration raised by `iternext` into plain
 *   exhaustion (null, no exception), so callers test one condition.
 * - `callable_iterator` serves iter(f, sentinel).
 *
 * The iterators drop their references when exhausted, so an exhausted
 * iterator keeps nothing alive; deallocs clear fields before releasing them
 * (clearref) because a finalizer run by the release may trigger a collection
 * that traverses this object.
 */
#include "vm/errors.h"
#include "vm/iterators.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/container_util.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

intptr_t object_len(Object* o) {
  if (LenFn f = type_of(o)->len) return f(o);
  raise(&exc::TypeError, "object of type '%s' has no len()", type_name(o));
  return -1;
}

Object* object_getitem(Object* o, Object* key) {
  if (GetItemFn f = type_of(o)->getitem) return f(o, key);
  if (type_has_flag(type_of(o), kTypeSubclass)) {
    bool found = false;
    Object* meth = object_getattr_opt(o, names::__class_getitem__, &found);
    if (meth) {
      Object* r = call1(meth, key);
      decref(meth);
      return r;
    }
    if (error_occurred()) return nullptr;
    return raise(&exc::TypeError, "type '%s' is not subscriptable", static_cast<TypeObject*>(o)->name);
  }
  return raise(&exc::TypeError, "'%s' object is not subscriptable", type_name(o));
}

int object_setitem(Object* o, Object* key, Object* value) {
  if (SetItemFn f = type_of(o)->setitem) return f(o, key, value);
  raise(&exc::TypeError, "'%s' object does not support item assignment", type_name(o));
  return -1;
}

int object_delitem(Object* o, Object* key) {
  TypeObject* t = type_of(o);
  if (t->setitem) return t->setitem(o, key, nullptr);
  // CPython words it "doesn't" for subscriptable objects (the sequence
  // protocol's message) and "does not" for the others.
  raise(&exc::TypeError, t->getitem ? "'%s' object doesn't support item deletion"
                                    : "'%s' object does not support item deletion",
        type_name(o));
  return -1;
}

int object_contains(Object* container, Object* item) {
  TypeObject* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  Object* it = (t->iter || t->getitem) ? object_iter(container) : nullptr;
  if (!it) {
    // As CPython's _PySequence_IterSearch, any TypeError from iter() reads
    // as "not iterable".
    if (!error_occurred() || error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "argument of type '%s' is not iterable", type_name(container));
    }
    return -1;
  }
  int found = 0;
  while (Object* x = iter_next(it)) {
    found = object_richcompare_bool(x, item, CompareOp::Eq);
    decref(x);
    if (found != 0) break;
  }
  decref(it);
  if (found == 0 && error_occurred()) return -1;
  return found;
}

Object* object_iter(Object* o) {
  TypeObject* t = type_of(o);
  if (t->iter) {
    Object* r = t->iter(o);
    if (r && !type_of(r)->iternext) {
      raise(&exc::TypeError, "iter() returned non-iterator of type '%s'", type_name(r));
      decref(r);
      return nullptr;
    }
    return r;
  }
  if (t->getitem) return seq_iter_new(o);
  return raise(&exc::TypeError, "'%s' object is not iterable", type_name(o));
}

Object* iter_next(Object* it) {
  IterNextFn f = type_of(it)->iternext;
  if (!f) return raise(&exc::TypeError, "'%s' object is not an iterator", type_name(it));
  Object* r = f(it);
  if (!r && error_occurred() && error_matches(&exc::StopIteration)) error_clear();
  return r;
}

// ---- iterator: the sequence protocol -----------------------------------------

struct SeqIterObject : Object {
  Object* seq;     // null once exhausted
  intptr_t index;  // the next index to ask for
};

TypeObject SeqIterType;

Object* seq_iter_new(Object* seq) {
  auto* it = static_cast<SeqIterObject*>(gc_alloc(&SeqIterType, sizeof(SeqIterObject)));
  if (!it) return nullptr;
  it->seq = newref(seq);
  it->index = 0;
  return it;
}

static Object* seqiter_next(Object* self) {
  auto* it = static_cast<SeqIterObject*>(self);
  if (!it->seq) return nullptr;
  Object* index = int_from_i64(it->index);
  if (!index) return nullptr;
  Object* r = object_getitem(it->seq, index);
  decref(index);
  if (r) {
    ++it->index;
    return r;
  }
  if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) {
    error_clear();
    clearref(&it->seq);
  }
  return nullptr;
}

static int seqiter_traverse(Object* self, VisitFn visit, void* arg) {
  return visit_opt(static_cast<SeqIterObject*>(self)->seq, visit, arg);
}

static int seqiter_clear(Object* self) {
  clearref(&static_cast<SeqIterObject*>(self)->seq);
  return 0;
}

static void seqiter_dealloc(Object* self) {
  seqiter_clear(self);
  object_free(self);
}

// ---- callable_iterator: iter(f, sentinel) ---------------------------------------

struct CallIterObject : Object {
  Object* callable;  // both null once exhausted
  Object* sentinel;
};

TypeObject CallIterType;

Object* callable_iter_new(Object* callable, Object* sentinel) {
  auto* it = static_cast<CallIterObject*>(gc_alloc(&CallIterType, sizeof(CallIterObject)));
  if (!it) return nullptr;
  it->callable = newref(callable);
  it->sentinel = newref(sentinel);
  return it;
}

static int calliter_clear(Object* self) {
  auto* it = static_cast<CallIterObject*>(self);
  clearref(&it->callable);
  clearref(&it->sentinel);
  return 0;
}

static Object* calliter_next(Object* self) {
  auto* it = static_cast<CallIterObject*>(self);
  if (!it->callable) return nullptr;
  Object* r = call0(it->callable);
  if (!r) {
    if (error_matches(&exc::StopIteration)) {
      error_clear();
      calliter_clear(self);
    }
    return nullptr;
  }
  int done = object_richcompare_bool(it->sentinel, r, CompareOp::Eq);
  if (done == 0) return r;
  decref(r);
  if (done > 0) calliter_clear(self);
  return nullptr;
}

static int calliter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<CallIterObject*>(self);
  if (int r = visit_opt(it->callable, visit, arg)) return r;
  return visit_opt(it->sentinel, visit, arg);
}

static void calliter_dealloc(Object* self) {
  calliter_clear(self);
  object_free(self);
}

int ready_iterator_type(TypeObject* t, const char* name, intptr_t basicsize, DeallocFn dealloc,
                        TraverseFn traverse, ClearFn clear, IterNextFn next, NewFn new_, const char* doc) {
  if (type_has_flag(t, kReady)) return 0;
  t->name = name;
  t->basicsize = basicsize;
  t->flags = new_ ? kHaveGC | kBaseType : kHaveGC;
  t->doc = doc;
  t->dealloc = dealloc;
  t->traverse = traverse;
  t->clear = clear;
  t->iter = iter_self;
  t->iternext = next;
  t->new_ = new_;
  return type_ready(t);
}

int protocol_iterator_types_init() {
  if (ready_iterator_type(&SeqIterType, "iterator", sizeof(SeqIterObject), seqiter_dealloc, seqiter_traverse,
                          seqiter_clear, seqiter_next) < 0)
    return -1;
  return ready_iterator_type(&CallIterType, "callable_iterator", sizeof(CallIterObject), calliter_dealloc,
                             calliter_traverse, calliter_clear, calliter_next);
}

}  // namespace frost
