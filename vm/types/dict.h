/*
 * dict.h — `dict`: an insertion-ordered hash table (CPython's compact dict:
 * a sparse index array pointing into a dense entry array).  `version` changes
 * on every mutation so that the eval loop can cache global lookups.
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
inline uint64_t dict_version(const Object* d) { return static_cast<const DictObject*>(d)->version; }

}  // namespace frost
