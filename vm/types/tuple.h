/*
 * tuple.h — `tuple`: an immutable array of references (a container).
 * The empty tuple is an immortal singleton.  Hash is CPython's xxHash-based
 * tuplehash, so tuple keys order like CPython's.
 */
#pragma once

#include "vm/type.h"

namespace frost {

struct TupleObject : Object {
  intptr_t size;
  Object* items[];
};

extern TypeObject TupleType;

inline bool is_tuple(const Object* o) { return type_has_flag(type_of(o), kTupleSubclass); }
inline bool is_exact_tuple(const Object* o) { return type_of(o) == &TupleType; }
inline intptr_t tuple_size(const Object* o) { return static_cast<const TupleObject*>(o)->size; }
inline Object** tuple_items(Object* o) { return static_cast<TupleObject*>(o)->items; }
inline Object* tuple_get(Object* o, intptr_t i) { return static_cast<TupleObject*>(o)->items[i]; }  // borrowed
// A tuple of `n` null items to be filled with tuple_set (steals).
Object* tuple_new(intptr_t n);
inline void tuple_set(Object* t, intptr_t i, Object* v) { static_cast<TupleObject*>(t)->items[i] = v; }
// A tuple of new references to items[0..n).
Object* tuple_from_array(Object* const* items, intptr_t n);
Object* tuple_pack(intptr_t n, ...);  // borrowed arguments
Object* tuple_pack2(Object* a, Object* b);  // borrowed; the common (key, value) pair
Object* tuple_from_iterable(Object* iterable);
// t[lo:hi] with lo/hi clamped to [0, len]; a full slice of an exact tuple is
// the tuple itself.
Object* tuple_slice(Object* t, intptr_t lo, intptr_t hi);
// The immortal empty tuple (returning it needs no incref).
Object* tuple_empty();
// Frees the tuples kept for reuse (CPython clears its freelists on a full
// collection; so can gc.collect()).
void tuple_clear_freelist();

// The iterator over a tuple, exposed so that the eval loop's FOR_ITER can
// step it inline.  `seq` becomes null once exhausted.
struct TupleIterObject : Object {
  Object* seq;
  intptr_t index;
};
extern TypeObject TupleIterType;

}  // namespace frost
