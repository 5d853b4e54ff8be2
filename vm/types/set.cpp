/*
 * set.cpp — `set`, `frozenset` and their iterator: CPython 3.11's
 * setobject.c algorithm, step for step, so that iteration order (the order
 * of the table) is CPython's for the same operations on the same hashes.
 *
 * The table.  An open-addressing array of SetEntry {key, hash} whose size is
 * a power of two (mask = size - 1); sets of up to 8 slots use the
 * `smalltable` inside the object.  A slot is empty (key null, hash 0), active,
 * or a dummy (key = the private `dummy` object, hash -1) left by a deletion
 * so that probe chains stay intact.  `fill` counts active + dummy slots,
 * `used` active ones.
 *
 * Probing.  From slot hash & mask, look at LINEAR_PROBES (9) following slots
 * when they fit before the end of the table (cheap: same cache lines), then
 * jump with perturbation: perturb >>= 5; i = (i*5 + 1 + perturb) & mask.
 *
 * Insertion stops at the first empty slot; a key not found there goes to the
 * last dummy seen on the way, if any, else to the empty slot (then `fill`
 * grows and, when fill*5 >= mask*3, the table is rebuilt with room for
 * used*4 keys — used*2 past 50000 — into the smallest power of two above).
 * Bulk operations (update from a set or dict, copy) resize once up front and
 * use insert_clean, which skips comparisons: exactly CPython's choices,
 * since they decide the table sizes and so the iteration order.
 *
 * Comparisons of equal hashes use identity, then str content for two exact
 * strs, then `==` (guest code: if it mutates the table the search restarts).
 *
 * A frozenset's hash is CPython's (xor of shuffled entry hashes, order
 * independent), cached in the object — except in an immortal (frozen) one,
 * whose pages must not be written by reads (DESIGN.md, invariant 5).
 */
#include "vm/types/set.h"

#include <cstring>
#include <string>
#include <utility>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/dict.h"
#include "vm/types/generic_alias.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost {

TypeObject SetType;
TypeObject FrozenSetType;
TypeObject SetIterType;

namespace {

constexpr size_t kLinearProbes = 9;
constexpr unsigned kPerturbShift = 5;
constexpr intptr_t kMinSize = 8;

Object dummy_struct = {kImmortalRefcnt, nullptr};
Object* const dummy = &dummy_struct;

enum { kDiscardNotFound = 0, kDiscardFound = 1 };

inline SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }

inline int64_t key_hash(Object* key) {
  if (is_exact_str(key)) return static_cast<StrObject*>(key)->hash;
  return object_hash(key);
}

// The slot holding `key`, or the empty slot ending its probe sequence; null
// if a comparison raised.
SetEntry* lookkey(SetObject* so, Object* key, int64_t hash) {
restart:
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    SetEntry* entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) return entry;
        if (is_exact_str(startkey) && is_exact_str(key)) {
          if (str_equal(startkey, key)) return entry;
        } else {
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = object_eq(startkey, key);
          decref(startkey);
          if (cmp < 0) return nullptr;
          if (table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return entry;
          mask = static_cast<size_t>(so->mask);
        }
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Places a key known to be absent into a table without dummies; no
// comparisons, no refcount changes, no fill/used bookkeeping.
void insert_clean(SetEntry* table, size_t mask, Object* key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key == nullptr) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key == nullptr) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Rebuilds the table with the smallest power-of-two size > minused (at least
// 8), dropping dummies.
int table_resize(SetObject* so, intptr_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = static_cast<size_t>(so->mask);
  bool old_malloced = oldtable != so->smalltable;
  SetEntry small_copy[kMinSize];
  SetEntry* newtable;
  if (newsize == kMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return 0;  // no dummies to purge
      memcpy(small_copy, oldtable, sizeof(small_copy));
      oldtable = small_copy;
    }
  } else {
    if (newsize > SIZE_MAX / sizeof(SetEntry) / 2) {
      raise_no_memory();
      return -1;
    }
    newtable = static_cast<SetEntry*>(mem_alloc(newsize * sizeof(SetEntry)));
    if (!newtable) {
      raise_no_memory();
      return -1;
    }
  }
  memset(newtable, 0, newsize * sizeof(SetEntry));
  so->mask = static_cast<intptr_t>(newsize - 1);
  so->table = newtable;
  size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (size_t i = 0; i <= oldmask; i++)
      if (oldtable[i].key) insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
  } else {
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++) {
      Object* k = oldtable[i].key;
      if (k && k != dummy) insert_clean(newtable, newmask, k, oldtable[i].hash);
    }
  }
  if (old_malloced) mem_free(oldtable);
  return 0;
}

inline intptr_t grow_size(const SetObject* so) { return so->used > 50000 ? so->used * 2 : so->used * 4; }

// Adds `key` (borrowed) with its hash.
int add_entry(SetObject* so, Object* key, int64_t hash) {
  incref(key);  // a comparison could otherwise free it before the insertion
restart:
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) goto found_active;
        if (is_exact_str(startkey) && is_exact_str(key)) {
          if (str_equal(startkey, key)) goto found_active;
        } else {
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = object_eq(startkey, key);
          decref(startkey);
          if (cmp > 0) goto found_active;
          if (cmp < 0) {
            decref(key);
            return -1;
          }
          if (table != so->table || entry->key != startkey) goto restart;
          mask = static_cast<size_t>(so->mask);
        }
      } else if (entry->hash == -1) {
        freeslot = entry;  // the last dummy on the way, as CPython
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }

found_unused_or_dummy:
  if (freeslot) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<size_t>(so->fill) * 5 < mask * 3) return 0;
  return table_resize(so, grow_size(so));

found_active:
  decref(key);
  return 0;
}

int add_key(SetObject* so, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  return add_entry(so, key, hash);
}

int contains_entry(SetObject* so, Object* key, int64_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  return entry ? entry->key != nullptr : -1;
}

int contains_key(SetObject* so, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  return contains_entry(so, key, hash);
}

int discard_entry(SetObject* so, Object* key, int64_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  if (!entry) return -1;
  if (!entry->key) return kDiscardNotFound;
  Object* old = entry->key;
  entry->key = dummy;
  entry->hash = -1;
  so->used--;
  decref(old);
  return kDiscardFound;
}

int discard_key(SetObject* so, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  return discard_entry(so, key, hash);
}

void empty_to_minsize(SetObject* so) {
  memset(so->smalltable, 0, sizeof(so->smalltable));
  so->fill = 0;
  so->used = 0;
  so->mask = kMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
}

// Empties the set first, then releases the keys (a finalizer may look at
// the set).
void clear_internal(SetObject* so) {
  SetEntry* table = so->table;
  if (!table) return;
  intptr_t used = so->used;
  bool malloced = table != so->smalltable;
  SetEntry small_copy[kMinSize];
  if (malloced) {
    empty_to_minsize(so);
  } else if (so->fill > 0) {
    memcpy(small_copy, table, sizeof(small_copy));
    table = small_copy;
    empty_to_minsize(so);
  }
  for (SetEntry* entry = table; used > 0; entry++) {
    if (entry->key && entry->key != dummy) {
      used--;
      decref(entry->key);
    }
  }
  if (malloced) mem_free(table);
}

// The next active entry at or after *pos; advances *pos past it.
bool next_entry(SetObject* so, intptr_t* pos, SetEntry** entry_out) {
  intptr_t i = *pos;
  intptr_t mask = so->mask;
  SetEntry* entry = &so->table[i];
  while (i <= mask && (entry->key == nullptr || entry->key == dummy)) {
    i++;
    entry++;
  }
  *pos = i + 1;
  if (i > mask) return false;
  *entry_out = entry;
  return true;
}

// Adds every key of the set `other`.
int merge(SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return 0;
  // One resize up front rather than several while inserting.
  if ((so->fill + other->used) * 5 >= so->mask * 3 &&
      table_resize(so, (so->used + other->used) * 2) != 0)
    return -1;
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  // Empty target, same size, no dummies: copy slot by slot.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (intptr_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
      if (Object* key = other_entry->key) {
        so_entry->key = newref(key);
        so_entry->hash = other_entry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  // Empty target: no duplicates possible.
  if (so->fill == 0) {
    size_t newmask = static_cast<size_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (intptr_t i = 0; i <= other->mask; i++, other_entry++) {
      Object* key = other_entry->key;
      if (key && key != dummy) insert_clean(so->table, newmask, newref(key), other_entry->hash);
    }
    return 0;
  }
  for (intptr_t i = 0; i <= other->mask; i++) {
    other_entry = &other->table[i];
    Object* key = other_entry->key;
    if (key && key != dummy && add_entry(so, key, other_entry->hash) != 0) return -1;
  }
  return 0;
}

int update_internal(SetObject* so, Object* other) {
  if (is_anyset(other)) return merge(so, as_set(other));
  if (is_exact_dict(other)) {
    intptr_t dictsize = dict_size(other);
    if ((so->fill + dictsize) * 5 >= so->mask * 3 &&
        table_resize(so, (so->used + dictsize) * 2) != 0)
      return -1;
    intptr_t pos = 0;
    Object* key;
    int64_t hash;
    while (dict_next_hash(other, &pos, &key, nullptr, &hash))
      if (add_entry(so, key, hash) != 0) return -1;
    return 0;
  }
  Object* it = object_iter(other);
  if (!it) return -1;
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    int r = add_key(so, key);
    decref(key);
    if (r != 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

Object* make_new_set(TypeObject* type, Object* iterable) {
  Object* o = gc_alloc(type, type->basicsize);
  if (!o) return nullptr;
  SetObject* so = as_set(o);
  so->mask = kMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
  if (iterable && update_internal(so, iterable) != 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

// A new set of the base type of `type` (set for set subclasses, frozenset
// otherwise): the results of operations are never of a subclass.
Object* make_new_set_basetype(TypeObject* type, Object* iterable) {
  if (type != &SetType && type != &FrozenSetType)
    type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
  return make_new_set(type, iterable);
}

Object* make_new_frozenset(TypeObject* type, Object* iterable) {
  if (type == &FrozenSetType && iterable && type_of(iterable) == &FrozenSetType)
    return newref(iterable);  // frozenset(f) is f
  return make_new_set(type, iterable);
}

// Swaps the contents of two sets (used to make an intermediate result the
// new contents of a set).
void swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* u = a->table == a->smalltable ? b->smalltable : a->table;
  a->table = b->table == b->smalltable ? a->smalltable : b->table;
  b->table = u;
  if (a->table == a->smalltable || b->table == b->smalltable) {
    SetEntry tab[kMinSize];
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
  }
  if (type_is_subtype(type_of(a), &FrozenSetType) && type_is_subtype(type_of(b), &FrozenSetType)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

Object* set_copy_of(Object* so) { return make_new_set_basetype(type_of(so), so); }

Object* intersection(SetObject* so, Object* other) {
  if (so == other) return set_copy_of(so);
  Object* result = make_new_set_basetype(type_of(so), nullptr);
  if (!result) return nullptr;
  SetObject* rs = as_set(result);
  if (is_anyset(other)) {
    SetObject* small = as_set(other);
    SetObject* big = so;
    if (small->used > big->used) std::swap(small, big);
    intptr_t pos = 0;
    SetEntry* entry;
    while (next_entry(small, &pos, &entry)) {
      Object* key = newref(entry->key);
      int64_t hash = entry->hash;
      int rv = contains_entry(big, key, hash);
      if (rv > 0) rv = add_entry(rs, key, hash) == 0 ? 0 : -1;
      decref(key);
      if (rv < 0) {
        decref(result);
        return nullptr;
      }
    }
    return result;
  }
  Object* it = object_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    int64_t hash = key_hash(key);
    int rv = hash == -1 ? -1 : contains_entry(so, key, hash);
    bool full = false;
    if (rv > 0) {
      rv = add_entry(rs, key, hash) == 0 ? 0 : -1;
      full = rs->used >= so->used;
    }
    decref(key);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
    if (full) break;
  }
  decref(it);
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

int difference_update_internal(SetObject* so, Object* other) {
  if (so == other) {
    clear_internal(so);
    return 0;
  }
  if (is_anyset(other)) {
    // When other is more than 8 times larger, iterate over the intersection.
    if ((as_set(other)->used >> 3) > so->used) {
      other = intersection(so, other);
      if (!other) return -1;
    } else {
      incref(other);
    }
    intptr_t pos = 0;
    SetEntry* entry;
    while (next_entry(as_set(other), &pos, &entry)) {
      Object* key = newref(entry->key);
      int r = discard_entry(so, key, entry->hash);
      decref(key);
      if (r < 0) {
        decref(other);
        return -1;
      }
    }
    decref(other);
  } else {
    Object* it = object_iter(other);
    if (!it) return -1;
    for (;;) {
      Object* key = iter_next(it);
      if (!key) break;
      int r = discard_key(so, key);
      decref(key);
      if (r < 0) {
        decref(it);
        return -1;
      }
    }
    decref(it);
    if (error_occurred()) return -1;
  }
  // If more than 1/4 of the slots are dummies, rebuild the table.
  if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return 0;
  return table_resize(so, grow_size(so));
}

Object* copy_and_difference(SetObject* so, Object* other) {
  Object* result = set_copy_of(so);
  if (!result) return nullptr;
  if (difference_update_internal(as_set(result), other) == 0) return result;
  decref(result);
  return nullptr;
}

Object* difference(SetObject* so, Object* other) {
  intptr_t other_size;
  if (is_anyset(other)) {
    other_size = as_set(other)->used;
  } else if (is_exact_dict(other)) {
    other_size = dict_size(other);
  } else {
    return copy_and_difference(so, other);
  }
  // Much bigger than other: copying and removing is cheaper.
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Object* result = make_new_set_basetype(type_of(so), nullptr);
  if (!result) return nullptr;
  bool other_is_dict = is_exact_dict(other);
  intptr_t pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Object* key = newref(entry->key);
    int64_t hash = entry->hash;
    int rv = other_is_dict ? dict_contains_hash(other, key, hash)
                           : contains_entry(as_set(other), key, hash);
    if (rv == 0) rv = add_entry(as_set(result), key, hash) == 0 ? 0 : -1;
    decref(key);
    if (rv < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

int symmetric_difference_update(SetObject* so, Object* other) {
  if (so == other) {
    clear_internal(so);
    return 0;
  }
  if (is_exact_dict(other)) {
    intptr_t pos = 0;
    Object* key;
    int64_t hash;
    while (dict_next_hash(other, &pos, &key, nullptr, &hash)) {
      incref(key);
      int rv = discard_entry(so, key, hash);
      if (rv == kDiscardNotFound) rv = add_entry(so, key, hash) == 0 ? 0 : -1;
      decref(key);
      if (rv < 0) return -1;
    }
    return 0;
  }
  Object* otherset;
  if (is_anyset(other)) {
    otherset = newref(other);
  } else {
    otherset = make_new_set_basetype(type_of(so), other);
    if (!otherset) return -1;
  }
  intptr_t pos = 0;
  SetEntry* entry;
  while (next_entry(as_set(otherset), &pos, &entry)) {
    Object* key = newref(entry->key);
    int64_t hash = entry->hash;
    int rv = discard_entry(so, key, hash);
    if (rv == kDiscardNotFound) rv = add_entry(so, key, hash) == 0 ? 0 : -1;
    decref(key);
    if (rv < 0) {
      decref(otherset);
      return -1;
    }
  }
  decref(otherset);
  return 0;
}

Object* symmetric_difference(SetObject* so, Object* other) {
  Object* otherset = make_new_set_basetype(type_of(so), other);
  if (!otherset) return nullptr;
  if (symmetric_difference_update(as_set(otherset), so) < 0) {
    decref(otherset);
    return nullptr;
  }
  return otherset;
}

// 1 if every key of so is in other, 0 if not, -1 on error.
int issubset(SetObject* so, Object* other) {
  if (!is_anyset(other)) {
    Object* tmp = make_new_set(&SetType, other);
    if (!tmp) return -1;
    int r = issubset(so, tmp);
    decref(tmp);
    return r;
  }
  if (so->used > as_set(other)->used) return 0;
  intptr_t pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Object* key = newref(entry->key);
    int rv = contains_entry(as_set(other), key, entry->hash);
    decref(key);
    if (rv <= 0) return rv;
  }
  return 1;
}

int issuperset(SetObject* so, Object* other) {
  if (is_anyset(other)) return issubset(as_set(other), so);
  Object* tmp = make_new_set(&SetType, other);
  if (!tmp) return -1;
  int r = issubset(as_set(tmp), so);
  decref(tmp);
  return r;
}

int isdisjoint(SetObject* so, Object* other) {
  if (so == other) return so->used == 0;
  if (type_of(other) == &SetType || type_of(other) == &FrozenSetType) {
    SetObject* small = as_set(other);
    SetObject* big = so;
    if (small->used > big->used) std::swap(small, big);
    intptr_t pos = 0;
    SetEntry* entry;
    while (next_entry(small, &pos, &entry)) {
      Object* key = newref(entry->key);
      int rv = contains_entry(big, key, entry->hash);
      decref(key);
      if (rv != 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  Object* it = object_iter(other);
  if (!it) return -1;
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    int rv = contains_key(so, key);
    decref(key);
    if (rv != 0) {
      decref(it);
      return rv < 0 ? -1 : 0;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 1;
}

// `key in so`, where an unhashable set key is looked up as a frozenset.
int contains_with_set_key(SetObject* so, Object* key) {
  int rv = contains_key(so, key);
  if (rv >= 0 || !is_set(key) || !error_matches(&exc::TypeError)) return rv;
  error_clear();
  Object* tmp = make_new_set(&FrozenSetType, key);
  if (!tmp) return -1;
  rv = contains_key(so, tmp);
  decref(tmp);
  return rv;
}

// discard(key) with the same frozenset fallback.
int discard_with_set_key(SetObject* so, Object* key) {
  int rv = discard_key(so, key);
  if (rv >= 0 || !is_set(key) || !error_matches(&exc::TypeError)) return rv;
  error_clear();
  Object* tmp = make_new_set(&FrozenSetType, key);
  if (!tmp) return -1;
  rv = discard_key(so, tmp);
  decref(tmp);
  return rv;
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

}  // namespace

// ---- the C API ---------------------------------------------------------------

Object* set_new(Object* iterable) { return make_new_set(&SetType, iterable); }
Object* frozenset_new(Object* iterable) { return make_new_frozenset(&FrozenSetType, iterable); }
int set_add(Object* s, Object* key) { return add_key(as_set(s), key); }
int set_contains(Object* s, Object* key) { return contains_key(as_set(s), key); }
int set_discard(Object* s, Object* key) { return discard_key(as_set(s), key); }

bool set_next(Object* s, intptr_t* pos, Object** key) {
  SetEntry* entry;
  if (!next_entry(as_set(s), pos, &entry)) return false;
  *key = entry->key;
  return true;
}

int set_update(Object* s, Object* other) { return update_internal(as_set(s), other); }
int set_difference_update(Object* s, Object* other) {
  return difference_update_internal(as_set(s), other);
}
int set_symmetric_difference_update(Object* s, Object* other) {
  return symmetric_difference_update(as_set(s), other);
}
Object* set_intersection(Object* s, Object* other) { return intersection(as_set(s), other); }
void set_clear(Object* s) { clear_internal(as_set(s)); }

// ---- slots -----------------------------------------------------------------

static void set_dealloc(Object* self) {
  gc_untrack(self);
  weakrefs_clear(self);
  SetObject* so = as_set(self);
  SetEntry* table = so->table;
  intptr_t used = so->used;
  so->table = nullptr;  // a traverse from here on sees an empty set
  so->used = so->fill = 0;
  if (table) {
    for (SetEntry* entry = table; used > 0; entry++) {
      if (entry->key && entry->key != dummy) {
        used--;
        decref(entry->key);
      }
    }
    if (table != so->smalltable) mem_free(table);
  }
  object_free(self);
}

static int set_traverse(Object* self, VisitFn visit, void* arg) {
  SetObject* so = as_set(self);
  if (!so->table) return 0;
  intptr_t pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    if (int r = visit(entry->key, arg)) return r;
  }
  return 0;
}

static int set_gc_clear(Object* self) {
  clear_internal(as_set(self));
  return 0;
}

static Object* set_repr(Object* self) {
  SetObject* so = as_set(self);
  const char* name = type_name(self);
  bool exact_set = type_of(self) == &SetType;
  if (repr_enter(self)) return str_format_c("%s(...)", name);
  if (so->used == 0) {
    repr_leave(self);
    return str_format_c("%s()", name);
  }
  // The keys first: a key's repr may mutate the set.
  std::string out = exact_set ? "{" : std::string(name) + "({";
  Object* keys = tuple_new(so->used);
  if (!keys) {
    repr_leave(self);
    return nullptr;
  }
  intptr_t pos = 0, n = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) tuple_set(keys, n++, newref(entry->key));
  for (intptr_t i = 0; i < n; i++) {
    Object* r = object_repr(tuple_get(keys, i));
    if (!r) {
      decref(keys);
      repr_leave(self);
      return nullptr;
    }
    if (i > 0) out += ", ";
    out += str_view(r);
    decref(r);
  }
  decref(keys);
  out += exact_set ? "}" : "})";
  repr_leave(self);
  return str_from(out);
}

static int64_t frozenset_hash(Object* self) {
  SetObject* so = as_set(self);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  // Null and dummy entries are xored in too and their effect removed below,
  // which keeps the loop branch-free.
  for (intptr_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits(static_cast<uint64_t>(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  if (!is_immortal(self)) so->hash = static_cast<int64_t>(hash);
  return static_cast<int64_t>(hash);
}

static Object* set_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_anyset(b)) return NotImplemented;
  SetObject* v = as_set(a);
  SetObject* w = as_set(b);
  int r;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (v->used != w->used) {
        r = 0;
      } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
        r = 0;
      } else {
        r = issubset(v, b);
      }
      if (r >= 0 && op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Le: r = issubset(v, b); break;
    case CompareOp::Ge: r = issuperset(v, b); break;
    case CompareOp::Lt: r = v->used < w->used ? issubset(v, b) : 0; break;
    case CompareOp::Gt: r = v->used > w->used ? issuperset(v, b) : 0; break;
    default: return NotImplemented;
  }
  if (r < 0) return nullptr;
  return bool_from(r);
}

static Object* set_binop(Object* a, Object* b, BinOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented;
  SetObject* so = as_set(a);
  switch (op) {
    case BinOp::Or: {
      Object* result = set_copy_of(a);
      if (result && a != b && update_internal(as_set(result), b) != 0) {
        decref(result);
        return nullptr;
      }
      return result;
    }
    case BinOp::And: return intersection(so, b);
    case BinOp::Sub: return difference(so, b);
    case BinOp::Xor: return symmetric_difference(so, b);
    default: return NotImplemented;
  }
}

static Object* set_inplace(Object* a, Object* b, BinOp op) {
  if (!is_anyset(b)) return NotImplemented;
  SetObject* so = as_set(a);
  switch (op) {
    case BinOp::Or:
      if (update_internal(so, b) != 0) return nullptr;
      break;
    case BinOp::And: {
      Object* tmp = intersection(so, b);
      if (!tmp) return nullptr;
      swap_bodies(so, as_set(tmp));
      decref(tmp);
      break;
    }
    case BinOp::Sub:
      if (difference_update_internal(so, b) != 0) return nullptr;
      break;
    case BinOp::Xor:
      if (symmetric_difference_update(so, b) != 0) return nullptr;
      break;
    default: return NotImplemented;
  }
  return newref(a);
}

static intptr_t set_len(Object* self) { return as_set(self)->used; }

static int set_contains_slot(Object* self, Object* key) {
  return contains_with_set_key(as_set(self), key);
}

static Object* set_iter(Object* self);

static Object* set_new_slot(TypeObject* type, Object* const* args, size_t nargs,
                            Object* kwnames) {
  return make_new_set(type, nullptr);
}

static int set_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("set", nargs, kwnames, 0, 1)) return -1;
  SetObject* so = as_set(self);
  if (so->fill) clear_internal(so);
  so->hash = -1;
  return nargs ? update_internal(so, args[0]) : 0;
}

static Object* frozenset_new_slot(TypeObject* type, Object* const* args, size_t nargs,
                                  Object* kwnames) {
  // A subclass may take keywords in its own __init__.
  if (!check_args("frozenset", nargs, type == &FrozenSetType ? kwnames : nullptr, 0, 1))
    return nullptr;
  return make_new_frozenset(type, nargs ? args[0] : nullptr);
}

// ---- methods ---------------------------------------------------------------

#define SET_NOARGS(fname) \
  if (!check_args(fname, nargs, kwnames, 0, 0)) return nullptr
#define SET_ONEARG(fname) \
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr
#define SET_VARARGS(fname) \
  if (!check_args(fname, 0, kwnames, 0, 0)) return nullptr

static Object* set_add_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  SET_ONEARG("set.add");
  if (add_key(as_set(self), args[0]) != 0) return nullptr;
  return None;
}

static Object* set_clear_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  SET_NOARGS("clear");
  clear_internal(as_set(self));
  return None;
}

static Object* set_copy_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  SET_NOARGS("copy");
  return set_copy_of(self);
}

static Object* frozenset_copy_meth(Object* self, Object* const* args, size_t nargs,
                                   Object* kwnames) {
  SET_NOARGS("copy");
  if (type_of(self) == &FrozenSetType) return newref(self);
  return set_copy_of(self);
}

static Object* set_discard_meth(Object* self, Object* const* args, size_t nargs,
                                Object* kwnames) {
  SET_ONEARG("set.discard");
  if (discard_with_set_key(as_set(self), args[0]) < 0) return nullptr;
  return None;
}

static Object* set_remove_meth(Object* self, Object* const* args, size_t nargs,
                               Object* kwnames) {
  SET_ONEARG("set.remove");
  int rv = discard_with_set_key(as_set(self), args[0]);
  if (rv < 0) return nullptr;
  if (rv == kDiscardNotFound) return raise_with(&exc::KeyError, args[0]);
  return None;
}

static Object* set_pop_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  SET_NOARGS("pop");
  SetObject* so = as_set(self);
  if (so->used == 0) return raise(&exc::KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (entry->key == nullptr || entry->key == dummy) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Object* key = entry->key;
  entry->key = dummy;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;  // the next search starts there
  return key;
}

static Object* set_union_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  SET_VARARGS("union");
  Object* result = set_copy_of(self);
  if (!result) return nullptr;
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self) continue;
    if (update_internal(as_set(result), args[i]) != 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

static Object* set_update_meth(Object* self, Object* const* args, size_t nargs,
                               Object* kwnames) {
  SET_VARARGS("update");
  for (size_t i = 0; i < nargs; i++)
    if (update_internal(as_set(self), args[i]) != 0) return nullptr;
  return None;
}

// self & args[0] & args[1] ...; a copy with no arguments.
static Object* intersection_multi(Object* self, Object* const* args, size_t nargs) {
  if (nargs == 0) return set_copy_of(self);
  Object* result = newref(self);
  for (size_t i = 0; i < nargs; i++) {
    Object* next = intersection(as_set(result), args[i]);
    decref(result);
    if (!next) return nullptr;
    result = next;
  }
  return result;
}

static Object* set_intersection_meth(Object* self, Object* const* args, size_t nargs,
                                     Object* kwnames) {
  SET_VARARGS("intersection");
  return intersection_multi(self, args, nargs);
}

static Object* set_intersection_update_meth(Object* self, Object* const* args, size_t nargs,
                                            Object* kwnames) {
  SET_VARARGS("intersection_update");
  Object* tmp = intersection_multi(self, args, nargs);
  if (!tmp) return nullptr;
  swap_bodies(as_set(self), as_set(tmp));
  decref(tmp);
  return None;
}

static Object* set_difference_meth(Object* self, Object* const* args, size_t nargs,
                                   Object* kwnames) {
  SET_VARARGS("difference");
  if (nargs == 0) return set_copy_of(self);
  Object* result = difference(as_set(self), args[0]);
  if (!result) return nullptr;
  for (size_t i = 1; i < nargs; i++) {
    if (difference_update_internal(as_set(result), args[i]) != 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

static Object* set_difference_update_meth(Object* self, Object* const* args, size_t nargs,
                                          Object* kwnames) {
  SET_VARARGS("difference_update");
  for (size_t i = 0; i < nargs; i++)
    if (difference_update_internal(as_set(self), args[i]) != 0) return nullptr;
  return None;
}

static Object* set_symmetric_difference_meth(Object* self, Object* const* args, size_t nargs,
                                             Object* kwnames) {
  SET_ONEARG("symmetric_difference");
  return symmetric_difference(as_set(self), args[0]);
}

static Object* set_symmetric_difference_update_meth(Object* self, Object* const* args,
                                                    size_t nargs, Object* kwnames) {
  SET_ONEARG("symmetric_difference_update");
  if (symmetric_difference_update(as_set(self), args[0]) != 0) return nullptr;
  return None;
}

static Object* set_issubset_meth(Object* self, Object* const* args, size_t nargs,
                                 Object* kwnames) {
  SET_ONEARG("issubset");
  int r = issubset(as_set(self), args[0]);
  return r < 0 ? nullptr : bool_from(r);
}

static Object* set_issuperset_meth(Object* self, Object* const* args, size_t nargs,
                                   Object* kwnames) {
  SET_ONEARG("issuperset");
  int r = issuperset(as_set(self), args[0]);
  return r < 0 ? nullptr : bool_from(r);
}

static Object* set_isdisjoint_meth(Object* self, Object* const* args, size_t nargs,
                                   Object* kwnames) {
  SET_ONEARG("isdisjoint");
  int r = isdisjoint(as_set(self), args[0]);
  return r < 0 ? nullptr : bool_from(r);
}

#undef SET_NOARGS
#undef SET_ONEARG
#undef SET_VARARGS

static MethodDef set_methods[] = {
    {"add", set_add_meth, 0, "add($self, object, /)\nAdd an element to a set."},
    {"clear", set_clear_meth, 0, "clear($self, /)\nRemove all elements from this set."},
    {"copy", set_copy_meth, 0, "copy($self, /)\nReturn a shallow copy of a set."},
    {"discard", set_discard_meth, 0, "discard($self, object, /)\nRemove an element from a set if it is a member."},
    {"difference", set_difference_meth, 0, "difference($self, /, *others)\nReturn a new set with elements in the set that are not in the others."},
    {"difference_update", set_difference_update_meth, 0, "difference_update($self, /, *others)\nUpdate the set, removing elements found in others."},
    {"intersection", set_intersection_meth, 0, "intersection($self, /, *others)\nReturn a new set with elements common to the set and all others."},
    {"intersection_update", set_intersection_update_meth, 0, "intersection_update($self, /, *others)\nUpdate the set, keeping only elements found in it and all others."},
    {"isdisjoint", set_isdisjoint_meth, 0, "isdisjoint($self, other, /)\nReturn True if two sets have a null intersection."},
    {"issubset", set_issubset_meth, 0, "issubset($self, other, /)\nReport whether another set contains this set."},
    {"issuperset", set_issuperset_meth, 0, "issuperset($self, other, /)\nReport whether this set contains another set."},
    {"pop", set_pop_meth, 0, "pop($self, /)\nRemove and return an arbitrary set element."},
    {"remove", set_remove_meth, 0, "remove($self, object, /)\nRemove an element from a set; it must be a member."},
    {"symmetric_difference", set_symmetric_difference_meth, 0, "symmetric_difference($self, other, /)\nReturn a new set with elements in either the set or other but not both."},
    {"symmetric_difference_update", set_symmetric_difference_update_meth, 0, "symmetric_difference_update($self, other, /)\nUpdate the set, keeping only elements found in either set, but not in both."},
    {"union", set_union_meth, 0, "union($self, /, *others)\nReturn a new set with elements from the set and all others."},
    {"update", set_update_meth, 0, "update($self, /, *others)\nUpdate the set, adding elements from all others."},
    {"__class_getitem__", class_getitem, kMethClass, "__class_getitem__($cls, item, /)\nSee PEP 585"},
    {nullptr},
};

static MethodDef frozenset_methods[] = {
    {"copy", frozenset_copy_meth, 0, "copy($self, /)\nReturn a shallow copy of a set."},
    {"difference", set_difference_meth, 0, "difference($self, /, *others)\nReturn a new set with elements in the set that are not in the others."},
    {"intersection", set_intersection_meth, 0, "intersection($self, /, *others)\nReturn a new set with elements common to the set and all others."},
    {"isdisjoint", set_isdisjoint_meth, 0, "isdisjoint($self, other, /)\nReturn True if two sets have a null intersection."},
    {"issubset", set_issubset_meth, 0, "issubset($self, other, /)\nReport whether another set contains this set."},
    {"issuperset", set_issuperset_meth, 0, "issuperset($self, other, /)\nReport whether this set contains another set."},
    {"symmetric_difference", set_symmetric_difference_meth, 0, "symmetric_difference($self, other, /)\nReturn a new set with elements in either the set or other but not both."},
    {"union", set_union_meth, 0, "union($self, /, *others)\nReturn a new set with elements from the set and all others."},
    {"__class_getitem__", class_getitem, kMethClass, "__class_getitem__($cls, item, /)\nSee PEP 585"},
    {nullptr},
};

// ---- the iterator ----------------------------------------------------------

namespace {

struct SetIterObject : Object {
  Object* set;     // null once exhausted
  intptr_t used;   // the set's size when the iterator was made
  intptr_t pos;
  intptr_t len;    // keys left
};

}  // namespace

static Object* set_iter(Object* self) {
  Object* o = gc_alloc(&SetIterType, SetIterType.basicsize);
  if (!o) return nullptr;
  auto* it = static_cast<SetIterObject*>(o);
  it->set = newref(self);
  it->used = as_set(self)->used;
  it->len = it->used;
  return o;
}

static void set_iter_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(static_cast<SetIterObject*>(self)->set);
  object_free(self);
}

static int set_iter_traverse(Object* self, VisitFn visit, void* arg) {
  Object* s = static_cast<SetIterObject*>(self)->set;
  return s ? visit(s, arg) : 0;
}

static int set_iter_clear(Object* self) {
  clearref(&static_cast<SetIterObject*>(self)->set);
  return 0;
}

static Object* set_iter_next(Object* self) {
  auto* it = static_cast<SetIterObject*>(self);
  if (!it->set) return nullptr;
  SetObject* so = as_set(it->set);
  if (it->used != so->used) {
    it->used = -1;  // stays broken
    return raise(&exc::RuntimeError, "Set changed size during iteration");
  }
  SetEntry* entry;
  if (!next_entry(so, &it->pos, &entry)) {
    clearref(&it->set);
    return nullptr;
  }
  it->len--;
  return newref(entry->key);
}

static Object* set_iter_length_hint(Object* self, Object* const* args, size_t nargs,
                                    Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  auto* it = static_cast<SetIterObject*>(self);
  bool live = it->set && it->used == as_set(it->set)->used;
  return int_from_i64(live ? it->len : 0);
}

static MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

void set_types_init() {
  for (TypeObject* t : {&SetType, &FrozenSetType}) {
    t->basicsize = sizeof(SetObject);
    t->weaklistoffset = offsetof(SetObject, weakreflist);
    t->flags = kHaveGC | kBaseType;
    t->dealloc = set_dealloc;
    t->traverse = set_traverse;
    t->clear = set_gc_clear;
    t->repr = set_repr;
    t->richcompare = set_richcompare;
    t->binop = set_binop;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
  }
  SetType.name = "set";
  SetType.doc = "set(iterable=(), /)\nBuild an unordered collection of unique elements.";
  SetType.hash = hash_unhashable;
  SetType.inplace = set_inplace;
  SetType.new_ = set_new_slot;
  SetType.init = set_init;
  SetType.methods = set_methods;
  type_ready(&SetType);

  FrozenSetType.name = "frozenset";
  FrozenSetType.doc = "frozenset(iterable=(), /)\nBuild an immutable unordered collection of unique elements.";
  FrozenSetType.hash = frozenset_hash;
  FrozenSetType.new_ = frozenset_new_slot;
  FrozenSetType.methods = frozenset_methods;
  type_ready(&FrozenSetType);

  SetIterType.name = "set_iterator";
  SetIterType.basicsize = sizeof(SetIterObject);
  SetIterType.flags = kHaveGC;
  SetIterType.dealloc = set_iter_dealloc;
  SetIterType.traverse = set_iter_traverse;
  SetIterType.clear = set_iter_clear;
  SetIterType.iter = iter_self;
  SetIterType.iternext = set_iter_next;
  SetIterType.methods = set_iter_methods;
  type_ready(&SetIterType);
}

}  // namespace frost
