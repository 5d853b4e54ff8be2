/*
 * dict.h — `dict`: an insertion-ordered hash table (CPython's compact dict:
 * a sparse index array pointing into a dense entry array).  `version` changes
 * on every mutation so that the eval loop can cache global lookups.
 *
 * An empty dict owns no table (capacity 0); the first insertion allocates
 * one.  `indices` is the start of the one block holding both tables.
 */
#pragma once

#include "vm/type.h"

namespace frost {

struct DictEntry {
  int64_t hash;
  Object* key;    // null for a deleted entry
  Object* value;
};

struct DictObject : Object {
  intptr_t used;        // live entries
  intptr_t nentries;    // entries[0..nentries) in use, including deleted ones
  intptr_t capacity;    // size of the index table (power of two)
  void* indices;        // int8/16/32/64 slots per capacity
  DictEntry* entries;   // capacity*2/3 entries
  uint64_t version;
};

extern TypeObject DictType;

inline bool is_dict(const Object* o) { return type_has_flag(type_of(o), kDictSubclass); }
inline bool is_exact_dict(const Object* o) { return type_of(o) == &DictType; }
inline intptr_t dict_size(const Object* o) { return static_cast<const DictObject*>(o)->used; }

Object* dict_new();
// Borrowed value or null.  Null with an exception set means hashing or
// comparing the key failed; null without one means absent.
Object* dict_get(Object* d, Object* key);
Object* dict_get_str(Object* d, Object* str_key);   // key known to be a str: fast path
Object* dict_get_cstr(Object* d, const char* key);
int dict_set(Object* d, Object* key, Object* value);   // borrowed key/value
int dict_set_cstr(Object* d, const char* key, Object* value);
// Deletes `key`: 1 if it was present, 0 if absent (no exception), -1 on error.
int dict_del(Object* d, Object* key);
int dict_contains(Object* d, Object* key);
void dict_clear(Object* d);
// Iteration by position: *pos starts at 0; returns false at the end.
// key/value are borrowed.
bool dict_next(Object* d, intptr_t* pos, Object** key, Object** value);
int dict_update(Object* d, Object* other);   // dict.update(other) semantics
Object* dict_copy(Object* d);
Object* dict_keys_list(Object* d);
// The version of a dict: unique across all dicts of the process and changed
// by every mutation, so `version == cached` proves that nothing changed.
// Tracks `d` if a key or value may be part of a cycle (CPython's rule for
// exact dicts); used when an instance's embedded dict is exposed.
void dict_maintain_tracking(Object* d);
inline uint64_t dict_version(const Object* d) { return static_cast<const DictObject*>(d)->version; }

// An empty dict with room for `n` entries without resizing (BUILD_MAP n).
Object* dict_new_presized(intptr_t n);
// Frees the dicts kept for reuse (as tuple_clear_freelist).
void dict_clear_freelist();
// Like dict_contains / dict_next when the key's hash is already known (sets
// built from dicts reuse the stored hashes).
int dict_contains_hash(Object* d, Object* key, int64_t hash);
bool dict_next_hash(Object* d, intptr_t* pos, Object** key, Object** value, int64_t* hash);

// ---- views and iterators (vm/types/dict_views.cpp) ----------------------------

// d.keys(), d.values(), d.items(): live views of `dict`.
struct DictViewObject : Object {
  Object* dict;
};
extern TypeObject DictKeysType;
extern TypeObject DictValuesType;
extern TypeObject DictItemsType;
inline bool is_dict_keys(const Object* o) { return type_of(o) == &DictKeysType; }
inline bool is_dict_items(const Object* o) { return type_of(o) == &DictItemsType; }
Object* dict_view_new(Object* d, TypeObject* view_type);

// The six iterators: keys/values/items, forward and reversed.  They raise
// RuntimeError if the dict changes size while they run.
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;
Object* dict_iter_new(Object* d, TypeObject* iter_type);
// Called by dict_types_init.
void dict_views_types_init();

}  // namespace frost
