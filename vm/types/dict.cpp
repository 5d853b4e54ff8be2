/*
 * dict.cpp — `dict`: CPython's compact, insertion-ordered hash table.
 *
 * Layout.  A dict with room for entries owns one block: an index table of
 * `capacity` slots (a power of two, at least 8) followed by a dense array of
 * capacity*2/3 DictEntry {hash, key, value}.  Each index slot holds -1
 * (empty), -2 (dummy: an entry was deleted) or the position of an entry; the
 * slot width is the smallest of int8/16/32/64 that fits the positions, so a
 * small dict's index table is 8 bytes.  Entries are appended in insertion
 * order, which is the iteration order; deleting clears the entry (key null)
 * and marks its slot dummy, so positions never move until the next resize,
 * which rebuilds both tables without the holes.  An empty dict owns nothing.
 *
 * Probing.  A key's first slot is hash & mask; the next ones follow CPython's
 * perturbation recurrence i = 5*i + 1 + perturb (perturb >>= 5 each step),
 * which visits every slot and soon depends on all bits of the hash.
 *
 * Growth.  When the entry array is full, the table is rebuilt with capacity
 * the smallest power of two >= 3*used (so the new table is at most ~2/3 full
 * after the rebuild and has room for 50-100% more entries).
 *
 * Lookups compare identity first, then, for two exact strs, content
 * (str_equal — no guest code), and only then `==` through
 * object_richcompare_bool.  A guest `__eq__` may mutate the dict: the lookup
 * notices that the entry array or the entry changed and starts over, as
 * CPython does.
 *
 * `version` takes a new value of a process-wide counter on every mutation,
 * so the eval loop can cache a lookup and trust it while the version holds.
 *
 * The views (keys/values/items) and the iterators are in dict_views.cpp.
 */
#include "vm/types/dict.h"

#include <cstring>
#include <string>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/generic_alias.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject DictType;

namespace {

constexpr intptr_t kIxEmpty = -1;
constexpr intptr_t kIxDummy = -2;
constexpr intptr_t kIxError = -3;
constexpr intptr_t kMinSize = 8;
constexpr unsigned kPerturbShift = 5;

uint64_t version_counter = 0;
inline uint64_t next_version() { return ++version_counter; }

inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }

inline intptr_t usable_size(intptr_t capacity) { return (capacity << 1) / 3; }

inline size_t index_width(intptr_t capacity) {
  if (capacity <= 0x80) return 1;
  if (capacity <= 0x8000) return 2;
  if (capacity <= 0x80000000LL) return 4;
  return 8;
}

inline intptr_t get_index(const DictObject* d, size_t i) {
  intptr_t cap = d->capacity;
  if (cap <= 0x80) return static_cast<const int8_t*>(d->indices)[i];
  if (cap <= 0x8000) return static_cast<const int16_t*>(d->indices)[i];
  if (cap <= 0x80000000LL) return static_cast<const int32_t*>(d->indices)[i];
  return static_cast<const int64_t*>(d->indices)[i];
}

inline void set_index(DictObject* d, size_t i, intptr_t ix) {
  intptr_t cap = d->capacity;
  if (cap <= 0x80) static_cast<int8_t*>(d->indices)[i] = static_cast<int8_t>(ix);
  else if (cap <= 0x8000) static_cast<int16_t*>(d->indices)[i] = static_cast<int16_t>(ix);
  else if (cap <= 0x80000000LL) static_cast<int32_t*>(d->indices)[i] = static_cast<int32_t>(ix);
  else static_cast<int64_t*>(d->indices)[i] = ix;
}

// The hash of a key; exact strs carry theirs.
inline int64_t key_hash(Object* key) {
  if (is_exact_str(key)) return static_cast<StrObject*>(key)->hash;
  return object_hash(key);
}

// Finds `key`: returns its entry position, kIxEmpty if absent, or kIxError if
// a comparison raised.  *slot (if not null) receives the index slot of a
// found key.
intptr_t lookup(DictObject* d, Object* key, int64_t hash, size_t* slot) {
restart:
  if (d->used == 0) return kIxEmpty;
  size_t mask = static_cast<size_t>(d->capacity) - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    intptr_t ix = get_index(d, i);
    if (ix == kIxEmpty) return kIxEmpty;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      Object* k = e->key;
      if (k == key) {
        if (slot) *slot = i;
        return ix;
      }
      if (k && e->hash == hash) {
        int eq;
        if (is_exact_str(k) && is_exact_str(key)) {
          eq = str_equal(k, key);
        } else {
          DictEntry* entries = d->entries;
          incref(k);
          eq = object_eq(k, key);
          decref(k);
          if (eq < 0) return kIxError;
          if (d->entries != entries || e->key != k) goto restart;
        }
        if (eq) {
          if (slot) *slot = i;
          return ix;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The first slot for `hash` that holds no entry (empty or dummy).
size_t find_free_slot(DictObject* d, int64_t hash) {
  size_t mask = static_cast<size_t>(d->capacity) - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  while (get_index(d, i) >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// The index slot that points at entry `ix` (which must be live).
size_t find_slot_of(DictObject* d, int64_t hash, intptr_t ix) {
  size_t mask = static_cast<size_t>(d->capacity) - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  while (get_index(d, i) != ix) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the tables with the smallest capacity >= max(minsize, 8), dropping
// deleted entries.  Values and order are unchanged.
int resize(DictObject* d, intptr_t minsize) {
  intptr_t cap = kMinSize;
  while (cap < minsize) {
    if (cap > (INTPTR_MAX >> 5)) {
      raise_no_memory();
      return -1;
    }
    cap <<= 1;
  }
  size_t idx_bytes = static_cast<size_t>(cap) * index_width(cap);
  intptr_t usable = usable_size(cap);
  void* block = mem_alloc(idx_bytes + static_cast<size_t>(usable) * sizeof(DictEntry));
  if (!block) {
    raise_no_memory();
    return -1;
  }
  memset(block, 0xff, idx_bytes);  // every slot kIxEmpty
  auto* entries = reinterpret_cast<DictEntry*>(static_cast<char*>(block) + idx_bytes);
  intptr_t n = 0;
  for (intptr_t i = 0; i < d->nentries; i++)
    if (d->entries[i].key) entries[n++] = d->entries[i];
  void* old = d->indices;
  d->indices = block;
  d->entries = entries;
  d->capacity = cap;
  d->nentries = n;
  size_t mask = static_cast<size_t>(cap) - 1;
  for (intptr_t k = 0; k < n; k++) {
    size_t i = static_cast<size_t>(entries[k].hash) & mask;
    size_t perturb = static_cast<size_t>(entries[k].hash);
    while (get_index(d, i) != kIxEmpty) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    set_index(d, i, k);
  }
  mem_free(old);
  return 0;
}

// The capacity to ask resize() for so that `n` entries fit without growing.
inline intptr_t capacity_for(intptr_t n) { return (n * 3 + 1) / 2; }

// Whether `o` may ever be part of a cycle, so a dict holding it needs
// tracking: any container, except tuples the collector found to hold only
// atomic values (CPython's _PyObject_GC_MAY_BE_TRACKED).
inline bool may_be_tracked(Object* o) {
  if (!object_is_gc(o)) return false;
  return !is_exact_tuple(o) || gc_is_tracked(o);
}

// CPython's MAINTAIN_TRACKING: an exact dict starts untracked and is tracked
// from the first key or value that may be part of a cycle, so dicts of
// atomic values (most instance and keyword dicts) cost the collector nothing.
inline void maintain_tracking(DictObject* d, Object* key, Object* value) {
  if (!gc_is_tracked(d) && (may_be_tracked(key) || may_be_tracked(value))) gc_track(d);
}

}  // namespace

void dict_maintain_tracking(Object* dobj) {
  DictObject* d = as_dict(dobj);
  if (gc_is_tracked(d)) return;
  for (intptr_t i = 0; i < d->nentries; i++) {
    DictEntry& e = d->entries[i];
    if (e.key && (may_be_tracked(e.key) || may_be_tracked(e.value))) {
      gc_track(d);
      return;
    }
  }
}

namespace {

// Appends a key known to be absent (new references are taken).
int insert_new(DictObject* d, Object* key, int64_t hash, Object* value) {
  maintain_tracking(d, key, value);
  if (d->nentries >= usable_size(d->capacity) && resize(d, d->used * 3) < 0) return -1;
  size_t slot = find_free_slot(d, hash);
  set_index(d, slot, d->nentries);
  d->entries[d->nentries] = {hash, newref(key), newref(value)};
  d->nentries++;
  d->used++;
  d->version = next_version();
  return 0;
}

// d[key] = value with a known hash (borrowed key/value).
int insert(DictObject* d, Object* key, int64_t hash, Object* value) {
  intptr_t ix = lookup(d, key, hash, nullptr);
  if (ix == kIxError) return -1;
  if (ix >= 0) {
    DictEntry* e = &d->entries[ix];
    if (e->value != value) {
      maintain_tracking(d, key, value);
      Object* old = e->value;
      e->value = newref(value);
      d->version = next_version();
      decref(old);
    }
    return 0;
  }
  return insert_new(d, key, hash, value);
}

// Deletes the live entry `ix` found at index slot `slot`.
void delete_entry(DictObject* d, size_t slot, intptr_t ix) {
  DictEntry* e = &d->entries[ix];
  Object* key = e->key;
  Object* value = e->value;
  set_index(d, slot, kIxDummy);
  e->key = nullptr;
  e->value = nullptr;
  d->used--;
  d->version = next_version();
  decref(value);
  decref(key);
}

// Null without an exception: absent.
Object* get_with_hash(DictObject* d, Object* key, int64_t hash) {
  intptr_t ix = lookup(d, key, hash, nullptr);
  return ix >= 0 ? d->entries[ix].value : nullptr;
}

// Freed exact dicts wait here (count 0, untracked, empty) to be reused; one
// that had the smallest table keeps it, so a dict made and dropped in a loop
// (an instance dict, a keyword dict) allocates nothing.  80 as CPython.
constexpr int kMaxFreeDicts = 80;
DictObject* free_dicts[kMaxFreeDicts];
int num_free_dicts = 0;

}  // namespace

void dict_clear_freelist() {
  while (num_free_dicts > 0) {
    DictObject* d = free_dicts[--num_free_dicts];
    mem_free(d->indices);
    ++live_objects;  // object_free counts it out again
    object_free(d);
  }
}

namespace {

// A new empty dict of `type`.  Exact dicts start untracked (see
// maintain_tracking); subclasses may hold cycles through their attributes.
Object* dict_alloc(TypeObject* type) {
  if (type == &DictType && num_free_dicts > 0) {
    DictObject* d = free_dicts[--num_free_dicts];
    incref(d);  // from 0
    ++live_objects;
    gc_clear_embedded(d);  // it may have been an instance's embedded dict
    d->version = next_version();
    return d;
  }
  Object* d = gc_alloc(type, type->basicsize);
  if (!d) return nullptr;
  as_dict(d)->version = next_version();
  if (type == &DictType) gc_untrack(d);
  return d;
}

// Merges all entries of the dict `other` into d (d[k] = v for each).
int merge_dict(DictObject* d, DictObject* other) {
  if (other == d || other->used == 0) return 0;
  if (usable_size(d->capacity) - d->nentries < other->used &&
      resize(d, capacity_for(d->used + other->used)) < 0)
    return -1;
  intptr_t n = other->nentries;
  for (intptr_t i = 0; i < n; i++) {
    DictEntry e = other->entries[i];
    if (!e.key) continue;
    incref(e.key);
    incref(e.value);
    int r = insert(d, e.key, e.hash, e.value);
    decref(e.key);
    decref(e.value);
    if (r < 0) return -1;
    if (other->nentries != n) {
      raise(&exc::RuntimeError, "dict mutated during update");
      return -1;
    }
  }
  return 0;
}

// d.update(mapping) through the mapping protocol: keys() and [].
int merge_mapping(Object* d, Object* mapping) {
  Object* keys = call_method(mapping, names::keys, nullptr, 0);
  if (!keys) return -1;
  Object* it = object_iter(keys);
  decref(keys);
  if (!it) return -1;
  for (;;) {
    Object* k = iter_next(it);
    if (!k) break;
    Object* v = object_getitem(mapping, k);
    int r = v ? dict_set(d, k, v) : -1;
    xdecref(v);
    decref(k);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

// d.update(iterable of pairs).
int merge_pairs(Object* d, Object* seq) {
  Object* it = object_iter(seq);
  if (!it) return -1;
  for (intptr_t i = 0;; i++) {
    Object* item = iter_next(it);
    if (!item) break;
    Object* fast = nullptr;
    if (is_exact_list(item) || is_exact_tuple(item)) {
      fast = newref(item);
    } else {
      Object* item_it = object_iter(item);
      if (item_it) {
        fast = list_from_iterable(item_it);
        decref(item_it);
      } else if (error_matches(&exc::TypeError)) {
        error_clear();
        raise(&exc::TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
      }
    }
    decref(item);
    if (!fast) {
      decref(it);
      return -1;
    }
    intptr_t n = is_list(fast) ? list_size(fast) : tuple_size(fast);
    Object** items = is_list(fast) ? list_items(fast) : tuple_items(fast);
    int r;
    if (n != 2) {
      raise(&exc::ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required",
            i, n);
      r = -1;
    } else {
      Object* k = newref(items[0]);
      Object* v = newref(items[1]);
      r = dict_set(d, k, v);
      decref(k);
      decref(v);
    }
    decref(fast);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

// The argument of dict(arg), d.update(arg) and d |= arg: a dict, a mapping
// (anything with keys()), or an iterable of pairs.
int update_arg(Object* d, Object* arg) {
  if (is_dict(arg) && type_of(arg)->iter == DictType.iter) return merge_dict(as_dict(d), as_dict(arg));
  bool found;
  Object* keys = object_getattr_opt(arg, names::keys, &found);
  if (!keys && error_occurred()) return -1;
  xdecref(keys);
  return found ? merge_mapping(d, arg) : merge_pairs(d, arg);
}

// The positional argument (at most one) and keywords of dict() and update().
int update_args(Object* d, const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs > 1) {
    raise(&exc::TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
    return -1;
  }
  if (nargs == 1 && update_arg(d, args[0]) < 0) return -1;
  if (kwnames) {
    intptr_t nk = tuple_size(kwnames);
    for (intptr_t i = 0; i < nk; i++)
      if (dict_set(d, tuple_get(kwnames, i), args[nargs + static_cast<size_t>(i)]) < 0) return -1;
  }
  return 0;
}

}  // namespace

// ---- the C API ---------------------------------------------------------------

Object* dict_new() { return dict_alloc(&DictType); }

Object* dict_new_presized(intptr_t n) {
  Object* d = dict_new();
  if (d && n > usable_size(kMinSize) && resize(as_dict(d), capacity_for(n)) < 0) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* dict_get(Object* d, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  return get_with_hash(as_dict(d), key, hash);
}

Object* dict_get_str(Object* dobj, Object* key) {
  if (!is_exact_str(key)) return dict_get(dobj, key);
  DictObject* d = as_dict(dobj);
  if (d->used == 0) return nullptr;
  int64_t hash = static_cast<StrObject*>(key)->hash;
  size_t mask = static_cast<size_t>(d->capacity) - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    intptr_t ix = get_index(d, i);
    if (ix == kIxEmpty) return nullptr;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == key) return e->value;
      if (e->hash == hash && e->key) {
        if (!is_exact_str(e->key)) return get_with_hash(d, key, hash);  // `==` may run guest code
        if (str_equal(e->key, key)) return e->value;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Object* dict_get_cstr(Object* d, const char* key) { return dict_get_str(d, str_intern(key)); }

int dict_set(Object* d, Object* key, Object* value) {
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  return insert(as_dict(d), key, hash, value);
}

int dict_set_cstr(Object* d, const char* key, Object* value) {
  return dict_set(d, str_intern(key), value);
}

int dict_del(Object* dobj, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  DictObject* d = as_dict(dobj);
  size_t slot;
  intptr_t ix = lookup(d, key, hash, &slot);
  if (ix == kIxError) return -1;
  if (ix < 0) return 0;
  delete_entry(d, slot, ix);
  return 1;
}

int dict_contains(Object* d, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return -1;
  return dict_contains_hash(d, key, hash);
}

int dict_contains_hash(Object* d, Object* key, int64_t hash) {
  intptr_t ix = lookup(as_dict(d), key, hash, nullptr);
  return ix == kIxError ? -1 : ix >= 0;
}

void dict_clear(Object* dobj) {
  DictObject* d = as_dict(dobj);
  void* block = d->indices;
  DictEntry* entries = d->entries;
  intptr_t n = d->nentries;
  d->indices = nullptr;
  d->entries = nullptr;
  d->capacity = 0;
  d->nentries = 0;
  d->used = 0;
  d->version = next_version();
  // Released after the dict is consistent: a finalizer may look at it.
  for (intptr_t i = 0; i < n; i++) {
    if (entries[i].key) {
      decref(entries[i].key);
      decref(entries[i].value);
    }
  }
  mem_free(block);
}

bool dict_next(Object* d, intptr_t* pos, Object** key, Object** value) {
  return dict_next_hash(d, pos, key, value, nullptr);
}

bool dict_next_hash(Object* dobj, intptr_t* pos, Object** key, Object** value, int64_t* hash) {
  DictObject* d = as_dict(dobj);
  intptr_t i = *pos;
  while (i < d->nentries && !d->entries[i].key) i++;
  if (i >= d->nentries) {
    *pos = i;
    return false;
  }
  DictEntry* e = &d->entries[i];
  *pos = i + 1;
  if (key) *key = e->key;
  if (value) *value = e->value;
  if (hash) *hash = e->hash;
  return true;
}

int dict_update(Object* d, Object* other) { return update_arg(d, other); }

Object* dict_copy(Object* src) {
  DictObject* s = as_dict(src);
  Object* copy = dict_new();
  if (!copy || s->used == 0) return copy;
  DictObject* d = as_dict(copy);
  if (s->nentries == s->used) {
    // No holes: clone both tables as they are (in place of the small table
    // a reused dict may own).
    mem_free(d->indices);
    size_t idx_bytes = static_cast<size_t>(s->capacity) * index_width(s->capacity);
    size_t bytes = idx_bytes + static_cast<size_t>(usable_size(s->capacity)) * sizeof(DictEntry);
    void* block = mem_alloc(bytes);
    if (!block) {
      decref(copy);
      return raise_no_memory();
    }
    memcpy(block, s->indices, idx_bytes + static_cast<size_t>(s->nentries) * sizeof(DictEntry));
    d->indices = block;
    d->entries = reinterpret_cast<DictEntry*>(static_cast<char*>(block) + idx_bytes);
    d->capacity = s->capacity;
    d->nentries = s->nentries;
    d->used = s->used;
    for (intptr_t i = 0; i < d->nentries; i++) {
      incref(d->entries[i].key);
      incref(d->entries[i].value);
    }
    if (gc_is_tracked(src)) gc_track(copy);
    return copy;
  }
  if (resize(d, capacity_for(s->used)) < 0) {
    decref(copy);
    return nullptr;
  }
  for (intptr_t i = 0; i < s->nentries; i++) {
    DictEntry* e = &s->entries[i];
    if (e->key && insert_new(d, e->key, e->hash, e->value) < 0) {
      decref(copy);
      return nullptr;
    }
  }
  return copy;
}

Object* dict_keys_list(Object* dobj) {
  DictObject* d = as_dict(dobj);
  Object* l = list_new(d->used);
  if (!l) return nullptr;
  intptr_t j = 0;
  for (intptr_t i = 0; i < d->nentries; i++)
    if (d->entries[i].key) list_set(l, j++, newref(d->entries[i].key));
  return l;
}

// ---- slots -----------------------------------------------------------------

static void dict_dealloc(Object* self) {
  gc_untrack(self);
  DictObject* d = as_dict(self);
  DictEntry* entries = d->entries;
  intptr_t n = d->nentries;
  intptr_t capacity = d->capacity;
  void* block = d->indices;
  d->indices = nullptr;
  d->entries = nullptr;
  d->nentries = d->used = d->capacity = 0;
  for (intptr_t i = 0; i < n; i++) {
    if (entries[i].key) {
      decref(entries[i].key);
      decref(entries[i].value);
    }
  }
  if (type_of(self) == &DictType && num_free_dicts < kMaxFreeDicts) {
    if (capacity == kMinSize) {
      memset(block, 0xff, kMinSize);  // int8 slots, all empty
      d->indices = block;
      d->entries = entries;
      d->capacity = kMinSize;
    } else {
      mem_free(block);
    }
    free_dicts[num_free_dicts++] = d;
    --live_objects;
    return;
  }
  mem_free(block);
  object_free(self);
}

static int dict_traverse(Object* self, VisitFn visit, void* arg) {
  DictObject* d = as_dict(self);
  for (intptr_t i = 0; i < d->nentries; i++) {
    DictEntry* e = &d->entries[i];
    if (!e->key) continue;
    // A str key cannot be part of a cycle (CPython skips them too).
    if (!is_exact_str(e->key))
      if (int r = visit(e->key, arg)) return r;
    if (int r = visit(e->value, arg)) return r;
  }
  return 0;
}

static int dict_gc_clear(Object* self) {
  dict_clear(self);
  return 0;
}

static Object* dict_repr(Object* self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return str_from("{}");
  if (repr_enter(self)) return str_from("{...}");
  std::string out = "{";
  bool first = true;
  // Re-read the table each step: a repr may mutate the dict.
  for (intptr_t i = 0; i < d->nentries; i++) {
    Object* key = d->entries[i].key;
    if (!key) continue;
    Object* value = newref(d->entries[i].value);
    incref(key);
    Object* kr = object_repr(key);
    Object* vr = kr ? object_repr(value) : nullptr;
    decref(key);
    decref(value);
    if (!vr) {
      xdecref(kr);
      repr_leave(self);
      return nullptr;
    }
    if (!first) out += ", ";
    first = false;
    out += str_view(kr);
    out += ": ";
    out += str_view(vr);
    decref(kr);
    decref(vr);
  }
  out += "}";
  repr_leave(self);
  return str_from(out);
}

// 1 if the dicts have equal items, 0 if not, -1 on error.
static int dict_equal(DictObject* a, DictObject* b) {
  if (a->used != b->used) return 0;
  for (intptr_t i = 0; i < a->nentries; i++) {
    DictEntry* e = &a->entries[i];
    if (!e->key) continue;
    Object* key = newref(e->key);
    Object* aval = newref(e->value);
    int64_t hash = e->hash;
    Object* bval = get_with_hash(b, key, hash);
    int cmp;
    if (!bval) {
      cmp = error_occurred() ? -1 : 0;
    } else {
      incref(bval);
      cmp = aval == bval ? 1 : object_eq(aval, bval);
      decref(bval);
    }
    decref(key);
    decref(aval);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

static Object* dict_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return NotImplemented;
  int eq = dict_equal(as_dict(a), as_dict(b));
  if (eq < 0) return nullptr;
  return bool_from((eq == 1) == (op == CompareOp::Eq));
}

static Object* dict_binop(Object* a, Object* b, BinOp op) {
  if (op != BinOp::Or || !is_dict(a) || !is_dict(b)) return NotImplemented;
  Object* r = dict_copy(a);
  if (r && update_arg(r, b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

static Object* dict_inplace(Object* a, Object* b, BinOp op) {
  if (op != BinOp::Or) return NotImplemented;
  if (update_arg(a, b) < 0) return nullptr;
  return newref(a);
}

static intptr_t dict_len(Object* self) { return as_dict(self)->used; }

static Object* dict_subscript(Object* self, Object* key) {
  int64_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* v = get_with_hash(as_dict(self), key, hash);
  if (v) return newref(v);
  if (error_occurred()) return nullptr;
  if (!is_exact_dict(self)) {
    TypeObject* type = type_of(self);
    if (Object* missing = type_lookup(type, names::__missing__)) {
      DescrGetFn get = type_of(missing)->descr_get;
      if (!get) return call1(missing, key);
      Object* bound = get(missing, self, type);
      if (!bound) return nullptr;
      Object* r = call1(bound, key);
      decref(bound);
      return r;
    }
  }
  return raise_with(&exc::KeyError, key);
}

static int dict_ass_subscript(Object* self, Object* key, Object* value) {
  if (value) return dict_set(self, key, value);
  int r = dict_del(self, key);
  if (r == 0) {
    raise_with(&exc::KeyError, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

static int dict_contains_slot(Object* self, Object* key) { return dict_contains(self, key); }

static Object* dict_iter(Object* self) { return dict_iter_new(self, &DictKeyIterType); }

static Object* dict_new_slot(TypeObject* type, Object* const* args, size_t nargs,
                             Object* kwnames) {
  return dict_alloc(type);
}

static int dict_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return update_args(self, "dict", args, nargs, kwnames);
}

// ---- methods ---------------------------------------------------------------

static Object* dict_get_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("get", nargs, kwnames, 1, 2)) return nullptr;
  Object* v = dict_get(self, args[0]);
  if (v) return newref(v);
  if (error_occurred()) return nullptr;
  return newref(nargs > 1 ? args[1] : None);
}

static Object* dict_setdefault(Object* self, Object* const* args, size_t nargs,
                               Object* kwnames) {
  if (!check_args("setdefault", nargs, kwnames, 1, 2)) return nullptr;
  Object* key = args[0];
  Object* deflt = nargs > 1 ? args[1] : None;
  int64_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  DictObject* d = as_dict(self);
  intptr_t ix = lookup(d, key, hash, nullptr);
  if (ix == kIxError) return nullptr;
  if (ix >= 0) return newref(d->entries[ix].value);
  if (insert_new(d, key, hash, deflt) < 0) return nullptr;
  return newref(deflt);
}

static Object* dict_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pop", nargs, kwnames, 1, 2)) return nullptr;
  Object* key = args[0];
  Object* deflt = nargs > 1 ? args[1] : nullptr;
  DictObject* d = as_dict(self);
  if (d->used == 0) {
    if (deflt) return newref(deflt);
    return raise_with(&exc::KeyError, key);
  }
  int64_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  size_t slot;
  intptr_t ix = lookup(d, key, hash, &slot);
  if (ix == kIxError) return nullptr;
  if (ix < 0) {
    if (deflt) return newref(deflt);
    return raise_with(&exc::KeyError, key);
  }
  Object* v = newref(d->entries[ix].value);
  delete_entry(d, slot, ix);
  return v;
}

static Object* dict_popitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("popitem", nargs, kwnames, 0, 0)) return nullptr;
  DictObject* d = as_dict(self);
  if (d->used == 0) return raise(&exc::KeyError, "popitem(): dictionary is empty");
  intptr_t i = d->nentries - 1;
  while (!d->entries[i].key) i--;
  DictEntry* e = &d->entries[i];
  Object* pair = tuple_new(2);
  if (!pair) return nullptr;
  size_t slot = find_slot_of(d, e->hash, i);
  set_index(d, slot, kIxDummy);
  tuple_set(pair, 0, e->key);    // the entry's references move into the pair
  tuple_set(pair, 1, e->value);
  e->key = nullptr;
  e->value = nullptr;
  d->used--;
  d->nentries = i;  // LIFO: the next insertion reuses the entry
  d->version = next_version();
  return pair;
}

static Object* dict_keys(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("keys", nargs, kwnames, 0, 0)) return nullptr;
  return dict_view_new(self, &DictKeysType);
}

static Object* dict_values(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("values", nargs, kwnames, 0, 0)) return nullptr;
  return dict_view_new(self, &DictValuesType);
}

static Object* dict_items(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("items", nargs, kwnames, 0, 0)) return nullptr;
  return dict_view_new(self, &DictItemsType);
}

static Object* dict_update_meth(Object* self, Object* const* args, size_t nargs,
                                Object* kwnames) {
  if (update_args(self, "update", args, nargs, kwnames) < 0) return nullptr;
  return None;
}

static Object* dict_copy_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("copy", nargs, kwnames, 0, 0)) return nullptr;
  return dict_copy(self);
}

static Object* dict_clear_meth(Object* self, Object* const* args, size_t nargs,
                               Object* kwnames) {
  if (!check_args("clear", nargs, kwnames, 0, 0)) return nullptr;
  dict_clear(self);
  return None;
}

// dict.fromkeys(iterable, value=None): a classmethod, `self` is the class.
static Object* dict_fromkeys(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fromkeys", nargs, kwnames, 1, 2)) return nullptr;
  Object* value = nargs > 1 ? args[1] : None;
  Object* d = cls == &DictType ? dict_new() : call0(cls);
  if (!d) return nullptr;
  bool fast = is_exact_dict(d);
  Object* it = object_iter(args[0]);
  if (!it) {
    decref(d);
    return nullptr;
  }
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    int r = fast ? dict_set(d, key, value) : object_setitem(d, key, value);
    decref(key);
    if (r < 0) {
      decref(it);
      decref(d);
      return nullptr;
    }
  }
  decref(it);
  if (error_occurred()) {
    decref(d);
    return nullptr;
  }
  return d;
}

static Object* dict_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__reversed__", nargs, kwnames, 0, 0)) return nullptr;
  return dict_iter_new(self, &DictRevKeyIterType);
}

static MethodDef dict_methods[] = {
    {"get", dict_get_meth, 0, "get($self, key, default=None, /)\nReturn the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, 0, "setdefault($self, key, default=None, /)\nInsert key with a value of default if key is not in the dictionary."},
    {"pop", dict_pop, 0, "pop($self, key, default=<unrepresentable>, /)\nRemove specified key and return the corresponding value."},
    {"popitem", dict_popitem, 0, "popitem($self, /)\nRemove and return a (key, value) pair as a 2-tuple."},
    {"keys", dict_keys, 0, "keys($self, /)\nA set-like object providing a view on D's keys."},
    {"values", dict_values, 0, "values($self, /)\nAn object providing a view on D's values."},
    {"items", dict_items, 0, "items($self, /)\nA set-like object providing a view on D's items."},
    {"update", dict_update_meth, 0, "update($self, other=(), /, **kwargs)\nUpdate D from mapping/iterable and keywords."},
    {"copy", dict_copy_meth, 0, "copy($self, /)\nA shallow copy of D."},
    {"clear", dict_clear_meth, 0, "clear($self, /)\nRemove all items from D."},
    {"fromkeys", dict_fromkeys, kMethClass, "fromkeys($type, iterable, value=None, /)\nCreate a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", dict_reversed, 0, "__reversed__($self, /)\nReturn a reverse iterator over the dict keys."},
    {"__class_getitem__", class_getitem, kMethClass, "__class_getitem__($cls, item, /)\nSee PEP 585"},
    {nullptr},
};

void dict_types_init() {
  DictType.name = "dict";
  DictType.basicsize = sizeof(DictObject);
  DictType.flags = kHaveGC | kBaseType | kDictSubclass;
  DictType.doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's (key, value) pairs";
  DictType.dealloc = dict_dealloc;
  DictType.traverse = dict_traverse;
  DictType.clear = dict_gc_clear;
  DictType.repr = dict_repr;
  DictType.hash = hash_unhashable;
  DictType.richcompare = dict_richcompare;
  DictType.binop = dict_binop;
  DictType.inplace = dict_inplace;
  DictType.len = dict_len;
  DictType.getitem = dict_subscript;
  DictType.setitem = dict_ass_subscript;
  DictType.contains = dict_contains_slot;
  DictType.iter = dict_iter;
  DictType.new_ = dict_new_slot;
  DictType.init = dict_init;
  DictType.methods = dict_methods;
  type_ready(&DictType);
  dict_views_types_init();
}

}  // namespace frost
