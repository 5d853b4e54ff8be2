/*
 * list.h — `list`: a growable array of references (a container).
 * Sorting is a stable merge sort (timsort-like) with key= and reverse=.
 *
 * `allocated` is -1 while list_sort runs on the list (it is emptied for the
 * duration); any mutation resets it, which is how the sort detects one.
 */
#pragma once

#include "vm/type.h"

namespace frost {

struct ListObject : Object {
  intptr_t size;
  intptr_t allocated;
  Object** items;
};

extern TypeObject ListType;

inline bool is_list(const Object* o) { return type_has_flag(type_of(o), kListSubclass); }
inline bool is_exact_list(const Object* o) { return type_of(o) == &ListType; }
inline intptr_t list_size(const Object* o) { return static_cast<const ListObject*>(o)->size; }
inline Object** list_items(Object* o) { return static_cast<ListObject*>(o)->items; }
inline Object* list_get(Object* o, intptr_t i) { return static_cast<ListObject*>(o)->items[i]; }  // borrowed
// A list of `n` null items to be filled with list_set (steals).
Object* list_new(intptr_t n);
inline void list_set(Object* l, intptr_t i, Object* v) { static_cast<ListObject*>(l)->items[i] = v; }
int list_append(Object* l, Object* v);          // borrowed v (increfs)
int list_extend(Object* l, Object* iterable);
Object* list_from_iterable(Object* iterable);
Object* list_as_tuple(Object* l);
// Sorts in place like list.sort(key=key, reverse=reverse); key may be null.
// Stable; compares with `<` only; raises ValueError "list modified during
// sort" if the list changed while it was being sorted (vm/types/list_sort.cpp).
int list_sort(Object* l, Object* key, bool reverse);
// l[lo:hi] as a new list, lo/hi clamped to [0, len].
Object* list_slice(Object* l, intptr_t lo, intptr_t hi);
// list.insert(where, v): `where` clamped as Python does; borrowed v.
int list_insert(Object* l, intptr_t where, Object* v);
// Frees the list objects kept for reuse (as tuple_clear_freelist).
void list_clear_freelist();

// The iterators over a list (`iter(l)` and `reversed(l)`), exposed so that the
// eval loop's FOR_ITER can step a list iterator inline.  `seq` becomes null
// once exhausted.
struct ListIterObject : Object {
  Object* seq;
  intptr_t index;
};
extern TypeObject ListIterType;
extern TypeObject ListRevIterType;

}  // namespace frost
