/*
 * set.h — `set` and `frozenset`: CPython's open-addressing table (linear
 * probes then perturbation, the same resize policy), so that a set of ints
 * iterates in the same order as on CPython.
 */
#pragma once

#include "vm/type.h"

namespace frost {

struct SetEntry {
  Object* key;   // null: empty; a dummy marker (hash -1): deleted
  int64_t hash;
};

struct SetObject : Object {
  intptr_t fill;    // active + dummy
  intptr_t used;    // active
  intptr_t mask;    // table size - 1
  SetEntry* table;
  int64_t hash;     // frozenset: -1 until computed (never stored in an immortal one)
  intptr_t finger;  // pop() search start
  SetEntry smalltable[8];
  Object* weakreflist;  // vm/weakref.h
};

extern TypeObject SetType;
extern TypeObject FrozenSetType;

inline bool is_set(const Object* o) { return is_instance_of(o, &SetType); }
inline bool is_frozenset(const Object* o) { return is_instance_of(o, &FrozenSetType); }
inline bool is_anyset(const Object* o) { return is_set(o) || is_frozenset(o); }
inline intptr_t set_size(const Object* o) { return static_cast<const SetObject*>(o)->used; }

Object* set_new(Object* iterable);        // iterable may be null
Object* frozenset_new(Object* iterable);
int set_add(Object* s, Object* key);
int set_contains(Object* s, Object* key);
int set_discard(Object* s, Object* key);  // 1 removed, 0 absent, -1 error
// Iteration by position, as dict_next; key borrowed.
bool set_next(Object* s, intptr_t* pos, Object** key);

// The in-place operations behind the methods of the same names, for other
// types that build sets (dict views): `other` is any iterable.  -1 on error.
int set_update(Object* s, Object* other);
int set_difference_update(Object* s, Object* other);
int set_symmetric_difference_update(Object* s, Object* other);
// s & other as a new set of s's base type (set or frozenset).
Object* set_intersection(Object* s, Object* other);
void set_clear(Object* s);

// The iterator over a set or frozenset.
extern TypeObject SetIterType;

}  // namespace frost
