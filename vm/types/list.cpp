/*
 * list.cpp — `list` and its two iterators (forward and reversed).
 *
 * A list is a header plus a separately allocated array of item pointers:
 * `items[0..size)` are owned references, `allocated` is the array's
 * capacity.  Growth follows CPython's list_resize: the new capacity is
 * newsize + newsize/8 + 6 rounded down to a multiple of 4, which makes append
 * amortised O(1) with ~12% slack; shrinking reallocates only when the size
 * falls below half the capacity.
 *
 * Every operation that calls out (comparisons, repr, iteration of another
 * object) may run guest code that mutates the list, so loops re-read `size`
 * and `items` after each call and hold a reference to the item being
 * compared.  Removed items are released only after the list is consistent
 * again (a finalizer may look at the list).
 *
 * Sorting lives in list_sort.cpp.
 */
#include "vm/types/list.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/generic_alias.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/range_slice.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject ListType;
TypeObject ListIterType;
TypeObject ListRevIterType;

static ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }

// Sets the size to `newsize`, reallocating per CPython's growth policy.  New
// slots are uninitialised; the caller fills them.
static int list_resize(ListObject* l, intptr_t newsize) {
  intptr_t allocated = l->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return 0;
  }
  size_t new_allocated = (static_cast<size_t>(newsize) + (newsize >> 3) + 6) & ~size_t{3};
  if (newsize - l->size > static_cast<intptr_t>(new_allocated - newsize))
    new_allocated = (static_cast<size_t>(newsize) + 3) & ~size_t{3};
  if (newsize == 0) {
    mem_free(l->items);
    l->items = nullptr;
    l->size = 0;
    l->allocated = 0;
    return 0;
  }
  if (new_allocated > static_cast<size_t>(INTPTR_MAX) / sizeof(Object*)) {
    raise_no_memory();
    return -1;
  }
  auto* items = static_cast<Object**>(mem_realloc(l->items, new_allocated * sizeof(Object*)));
  if (!items) {
    raise_no_memory();
    return -1;
  }
  l->items = items;
  l->size = newsize;
  l->allocated = static_cast<intptr_t>(new_allocated);
  return 0;
}

// Freed exact lists wait here (count 0, untracked, no items) to be reused.
// 80 as CPython.
constexpr int kMaxFreeLists = 80;
static ListObject* free_lists[kMaxFreeLists];
static int num_free_lists = 0;

void list_clear_freelist() {
  while (num_free_lists > 0) {
    ++live_objects;  // object_free counts it out again
    object_free(free_lists[--num_free_lists]);
  }
}

// An empty list of `type` (list or a subclass).
static Object* list_alloc(TypeObject* type) {
  if (type == &ListType && num_free_lists > 0) {
    ListObject* l = free_lists[--num_free_lists];
    incref(l);  // from 0
    ++live_objects;
    gc_track(l);
    return l;
  }
  return gc_alloc(type, type->basicsize);
}

Object* list_new(intptr_t n) {
  if (n < 0) return raise(&exc::SystemError, "list_new: negative size");
  if (static_cast<size_t>(n) > static_cast<size_t>(INTPTR_MAX) / sizeof(Object*))
    return raise_no_memory();
  Object* self = list_alloc(&ListType);
  if (!self || n == 0) return self;
  auto* items = static_cast<Object**>(mem_calloc(static_cast<size_t>(n), sizeof(Object*)));
  if (!items) {
    decref(self);
    return raise_no_memory();
  }
  ListObject* l = as_list(self);
  l->items = items;
  l->size = n;
  l->allocated = n;
  return self;
}

int list_append(Object* self, Object* v) {
  ListObject* l = as_list(self);
  intptr_t n = l->size;
  if (n < l->allocated) {
    l->items[n] = newref(v);
    l->size = n + 1;
    return 0;
  }
  if (list_resize(l, n + 1) < 0) return -1;
  l->items[n] = newref(v);
  return 0;
}

// Appends a new reference, stealing it (also on failure).
static int list_append_steal(ListObject* l, Object* v) {
  intptr_t n = l->size;
  if (n >= l->allocated && list_resize(l, n + 1) < 0) {
    decref(v);
    return -1;
  }
  l->items[n] = v;
  l->size = n + 1;
  return 0;
}

int list_extend(Object* self, Object* iterable) {
  ListObject* l = as_list(self);
  if (is_exact_list(iterable) || is_exact_tuple(iterable) || iterable == self) {
    bool src_is_list = is_list(iterable);
    intptr_t n = src_is_list ? list_size(iterable) : tuple_size(iterable);
    if (n == 0) return 0;
    intptr_t m = l->size;
    if (m > INTPTR_MAX / 16 - n) {
      raise_no_memory();
      return -1;
    }
    if (list_resize(l, m + n) < 0) return -1;
    // Read the source after the resize: it may be this very list.
    Object** src = src_is_list ? list_items(iterable) : tuple_items(iterable);
    for (intptr_t i = 0; i < n; i++) l->items[m + i] = newref(src[i]);
    return 0;
  }
  Object* it = object_iter(iterable);
  if (!it) return -1;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    if (list_append_steal(l, item) < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

Object* list_from_iterable(Object* iterable) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  if (list_extend(l, iterable) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

Object* list_as_tuple(Object* l) { return tuple_from_array(list_items(l), list_size(l)); }

Object* list_slice(Object* self, intptr_t lo, intptr_t hi) {
  intptr_t n = list_size(self);
  if (lo < 0) lo = 0;
  if (hi > n) hi = n;
  if (hi < lo) hi = lo;
  Object* r = list_new(hi - lo);
  if (!r) return nullptr;
  Object** src = list_items(self) + lo;
  for (intptr_t i = 0; i < hi - lo; i++) list_set(r, i, newref(src[i]));
  return r;
}

int list_insert(Object* self, intptr_t where, Object* v) {
  ListObject* l = as_list(self);
  intptr_t n = l->size;
  if (where < 0 && (where += n) < 0) where = 0;
  if (where > n) where = n;
  if (list_resize(l, n + 1) < 0) return -1;
  memmove(l->items + where + 1, l->items + where, static_cast<size_t>(n - where) * sizeof(Object*));
  l->items[where] = newref(v);
  return 0;
}

// Empties the list, releasing the items after it is consistent (backwards,
// as CPython's _list_clear).
static void list_clear_items(ListObject* l) {
  Object** items = l->items;
  if (!items) return;
  intptr_t n = l->size;
  l->items = nullptr;
  l->size = 0;
  l->allocated = 0;
  while (n-- > 0) xdecref(items[n]);
  mem_free(items);
}

// The new items of a slice assignment as an exact list or tuple that does
// not alias `l` (CPython's PySequence_Fast): `v` itself when it is one, else
// a list made from it.  A non-iterable `v` raises TypeError `msg`.
static Object* assigned_items(ListObject* l, Object* v, const char* msg) {
  if (v != l && (is_exact_list(v) || is_exact_tuple(v))) return newref(v);
  Object* it = object_iter(v);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "%s", msg);
    }
    return nullptr;
  }
  Object* seq = list_from_iterable(it);
  decref(it);
  return seq;
}

// l[lo:hi] = v for a step of 1 (v null deletes); v is any iterable.
static int list_ass_slice(ListObject* l, intptr_t lo, intptr_t hi, Object* v) {
  Object* seq = nullptr;  // a list or tuple holding the new items
  intptr_t n = 0;
  Object** vitems = nullptr;
  if (v) {
    seq = assigned_items(l, v, "can only assign an iterable");
    if (!seq) return -1;
    n = is_list(seq) ? list_size(seq) : tuple_size(seq);
    vitems = is_list(seq) ? list_items(seq) : tuple_items(seq);
  }
  intptr_t size = l->size;
  if (lo < 0) lo = 0;
  else if (lo > size) lo = size;
  if (hi < lo) hi = lo;
  else if (hi > size) hi = size;
  intptr_t norig = hi - lo;
  intptr_t d = n - norig;
  if (size + d == 0) {
    xdecref(seq);
    list_clear_items(l);
    return 0;
  }
  // The replaced items are released last, once the list is consistent.
  std::vector<Object*> recycle(l->items + lo, l->items + hi);
  if (d < 0) {
    memmove(l->items + hi + d, l->items + hi, static_cast<size_t>(size - hi) * sizeof(Object*));
    if (list_resize(l, size + d) < 0) {
      // Shrinking failed to reallocate: the array is still valid and large
      // enough, so only the size changes.
      l->size = size + d;
      error_clear();
    }
  } else if (d > 0) {
    if (list_resize(l, size + d) < 0) {
      xdecref(seq);
      return -1;
    }
    memmove(l->items + hi + d, l->items + hi, static_cast<size_t>(size - hi) * sizeof(Object*));
  }
  for (intptr_t k = 0; k < n; k++) l->items[lo + k] = newref(vitems[k]);
  xdecref(seq);
  for (auto it = recycle.rbegin(); it != recycle.rend(); ++it) xdecref(*it);
  return 0;
}

// ---- slots -----------------------------------------------------------------

static void list_dealloc(Object* self) {
  gc_untrack(self);
  ListObject* l = as_list(self);
  Object** items = l->items;
  intptr_t n = l->size;
  l->items = nullptr;
  l->size = 0;
  l->allocated = 0;
  while (n-- > 0) xdecref(items[n]);
  mem_free(items);
  if (type_of(self) == &ListType && num_free_lists < kMaxFreeLists) {
    free_lists[num_free_lists++] = l;
    --live_objects;
    return;
  }
  object_free(self);
}

static int list_traverse(Object* self, VisitFn visit, void* arg) {
  ListObject* l = as_list(self);
  for (intptr_t i = 0; i < l->size; i++) {
    if (l->items[i]) {
      if (int r = visit(l->items[i], arg)) return r;
    }
  }
  return 0;
}

static int list_gc_clear(Object* self) {
  list_clear_items(as_list(self));
  return 0;
}

static Object* list_repr(Object* self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return str_from("[]");
  if (repr_enter(self)) return str_from("[...]");
  std::string out = "[";
  for (intptr_t i = 0; i < l->size; i++) {
    if (i > 0) out += ", ";
    Object* item = newref(l->items[i]);
    Object* r = object_repr(item);
    decref(item);
    if (!r) {
      repr_leave(self);
      return nullptr;
    }
    out += str_view(r);
    decref(r);
  }
  out += "]";
  repr_leave(self);
  return str_from(out);
}

static Object* list_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return NotImplemented;
  ListObject* vl = as_list(a);
  ListObject* wl = as_list(b);
  if (vl->size != wl->size && (op == CompareOp::Eq || op == CompareOp::Ne))
    return bool_from(op == CompareOp::Ne);
  intptr_t i = 0;
  for (; i < vl->size && i < wl->size; i++) {
    Object* x = vl->items[i];
    Object* y = wl->items[i];
    if (x == y) continue;
    incref(x);
    incref(y);
    int k = object_eq(x, y);
    decref(x);
    decref(y);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= vl->size || i >= wl->size) return bool_from(compare_values(vl->size, wl->size, op));
  if (op == CompareOp::Eq) return False;
  if (op == CompareOp::Ne) return True;
  Object* x = newref(vl->items[i]);
  Object* y = newref(wl->items[i]);
  Object* r = object_richcompare(x, y, op);
  decref(x);
  decref(y);
  return r;
}

static Object* list_concat(Object* a, Object* b) {
  if (!is_list(b)) return NotImplemented;
  intptr_t na = list_size(a), nb = list_size(b);
  if (na > INTPTR_MAX / 16 - nb) return raise_no_memory();
  Object* r = list_new(na + nb);
  if (!r) return nullptr;
  for (intptr_t i = 0; i < na; i++) list_set(r, i, newref(list_get(a, i)));
  for (intptr_t i = 0; i < nb; i++) list_set(r, na + i, newref(list_get(b, i)));
  return r;
}

static Object* list_repeat(Object* self, intptr_t count) {
  intptr_t n = list_size(self);
  if (count <= 0 || n == 0) return list_new(0);
  if (n > INTPTR_MAX / 16 / count) return raise_no_memory();
  Object* r = list_new(n * count);
  if (!r) return nullptr;
  Object** src = list_items(self);
  Object** dst = list_items(r);
  for (intptr_t c = 0; c < count; c++)
    for (intptr_t i = 0; i < n; i++) *dst++ = newref(src[i]);
  return r;
}

static bool is_list_pred(const Object* o) { return is_list(o); }

static Object* list_binop(Object* a, Object* b, BinOp op) {
  if (op == BinOp::Add) {
    if (!is_list(a)) return NotImplemented;
    return list_concat(a, b);
  }
  if (op == BinOp::Mul) {
    Object* seq;
    intptr_t count;
    int r = seq_repeat_operands(a, b, is_list_pred, &seq, &count);
    if (r <= 0) return r == 0 ? NotImplemented : nullptr;
    return list_repeat(seq, count);
  }
  return NotImplemented;
}

static Object* list_inplace(Object* a, Object* b, BinOp op) {
  if (op == BinOp::Add) {
    if (list_extend(a, b) < 0) return nullptr;
    return newref(a);
  }
  if (op == BinOp::Mul) {
    Object* seq;
    intptr_t count;
    int r = seq_repeat_operands(a, b, is_list_pred, &seq, &count);
    if (r <= 0) return r == 0 ? NotImplemented : nullptr;
    ListObject* l = as_list(a);
    intptr_t n = l->size;
    if (count < 1 || n == 0) {
      list_clear_items(l);
      return newref(a);
    }
    if (count == 1) return newref(a);
    if (n > INTPTR_MAX / 16 / count) return raise_no_memory();
    if (list_resize(l, n * count) < 0) return nullptr;
    for (intptr_t c = 1; c < count; c++)
      for (intptr_t i = 0; i < n; i++) l->items[c * n + i] = newref(l->items[i]);
    return newref(a);
  }
  return NotImplemented;
}

static intptr_t list_len(Object* self) { return list_size(self); }

static Object* list_subscript(Object* self, Object* key) {
  ListObject* l = as_list(self);
  if (is_exact_int(key) && int_is_small(key)) {
    intptr_t i = int_small_value(key);
    if (!seq_normalize_index(&i, l->size)) return raise(&exc::IndexError, "list index out of range");
    return newref(l->items[i]);
  }
  if (is_index_like(key)) {
    intptr_t i;
    if (!index_as_ssize(key, &i, &exc::IndexError)) return nullptr;
    if (!seq_normalize_index(&i, l->size)) return raise(&exc::IndexError, "list index out of range");
    return newref(l->items[i]);
  }
  if (is_slice(key)) {
    intptr_t start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    intptr_t len = slice_adjust_indices(l->size, &start, &stop, step);
    if (step == 1) return list_slice(self, start, start + len);
    Object* r = list_new(len);
    if (!r) return nullptr;
    for (intptr_t i = 0, cur = start; i < len; i++, cur += step)
      list_set(r, i, newref(l->items[cur]));
    return r;
  }
  return raise(&exc::TypeError, "list indices must be integers or slices, not %s", type_name(key));
}

// l[start:stop:step] = value (value null deletes) for a step other than 1.
static int list_ass_extended(ListObject* l, intptr_t start, intptr_t step, intptr_t len,
                             Object* value) {
  if (!value) {
    if (len <= 0) return 0;
    if (step < 0) {  // the same items, walked upwards
      start = start + step * (len - 1);
      step = -step;
    }
    std::vector<Object*> garbage;
    garbage.reserve(static_cast<size_t>(len));
    intptr_t size = l->size, dst = 0, next = start, taken = 0;
    for (intptr_t i = 0; i < size; i++) {
      if (i == next && taken < len) {
        garbage.push_back(l->items[i]);
        next += step;
        taken++;
      } else {
        l->items[dst++] = l->items[i];
      }
    }
    l->size = dst;
    if (list_resize(l, dst) < 0) error_clear();  // shrinking in place is always valid
    for (Object* g : garbage) decref(g);
    return 0;
  }
  Object* seq = assigned_items(l, value, "must assign iterable to extended slice");
  if (!seq) return -1;
  intptr_t n = is_list(seq) ? list_size(seq) : tuple_size(seq);
  if (n != len) {
    decref(seq);
    raise(&exc::ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
          n, len);
    return -1;
  }
  Object** src = is_list(seq) ? list_items(seq) : tuple_items(seq);
  std::vector<Object*> garbage;
  garbage.reserve(static_cast<size_t>(len));
  for (intptr_t i = 0, cur = start; i < len; i++, cur += step) {
    garbage.push_back(l->items[cur]);
    l->items[cur] = newref(src[i]);
  }
  decref(seq);
  for (Object* g : garbage) decref(g);
  return 0;
}

static int list_ass_subscript(Object* self, Object* key, Object* value) {
  ListObject* l = as_list(self);
  if (is_index_like(key)) {
    intptr_t i;
    if (!index_as_ssize(key, &i, &exc::IndexError)) return -1;
    if (!seq_normalize_index(&i, l->size)) {
      raise(&exc::IndexError, "list assignment index out of range");
      return -1;
    }
    if (!value) return list_ass_slice(l, i, i + 1, nullptr);
    setref(&l->items[i], newref(value));
    return 0;
  }
  if (is_slice(key)) {
    intptr_t start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return -1;
    intptr_t len = slice_adjust_indices(l->size, &start, &stop, step);
    if (step == 1) return list_ass_slice(l, start, stop, value);
    return list_ass_extended(l, start, step, len, value);
  }
  raise(&exc::TypeError, "list indices must be integers or slices, not %s", type_name(key));
  return -1;
}

static int list_contains(Object* self, Object* item) {
  ListObject* l = as_list(self);
  for (intptr_t i = 0; i < l->size; i++) {
    Object* x = l->items[i];
    if (x == item) return 1;
    incref(x);
    int k = object_eq(x, item);
    decref(x);
    if (k != 0) return k;
  }
  return 0;
}

static Object* list_iter_new(TypeObject* type, Object* seq, intptr_t index) {
  Object* it = gc_alloc(type, type->basicsize);
  if (!it) return nullptr;
  auto* li = static_cast<ListIterObject*>(it);
  li->seq = newref(seq);
  li->index = index;
  return it;
}

static Object* list_iter(Object* self) { return list_iter_new(&ListIterType, self, 0); }

static Object* list_new_slot(TypeObject* type, Object* const* args, size_t nargs,
                             Object* kwnames) {
  return list_alloc(type);
}

static int list_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("list", nargs, kwnames, 0, 1)) return -1;
  list_clear_items(as_list(self));
  return nargs ? list_extend(self, args[0]) : 0;
}

// ---- methods ---------------------------------------------------------------

static Object* list_append_meth(Object* self, Object* const* args, size_t nargs,
                                Object* kwnames) {
  if (!check_args("list.append", nargs, kwnames, 1, 1)) return nullptr;
  if (list_append(self, args[0]) < 0) return nullptr;
  return None;
}

static Object* list_extend_meth(Object* self, Object* const* args, size_t nargs,
                                Object* kwnames) {
  if (!check_args("list.extend", nargs, kwnames, 1, 1)) return nullptr;
  if (list_extend(self, args[0]) < 0) return nullptr;
  return None;
}

static Object* list_insert_meth(Object* self, Object* const* args, size_t nargs,
                                Object* kwnames) {
  if (!check_args("insert", nargs, kwnames, 2, 2)) return nullptr;
  intptr_t where;
  if (!index_as_ssize(args[0], &where, &exc::OverflowError)) return nullptr;
  if (list_insert(self, where, args[1]) < 0) return nullptr;
  return None;
}

static Object* list_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pop", nargs, kwnames, 0, 1)) return nullptr;
  ListObject* l = as_list(self);
  intptr_t i = -1;
  if (nargs && !index_as_ssize(args[0], &i, &exc::OverflowError)) return nullptr;
  if (l->size == 0) return raise(&exc::IndexError, "pop from empty list");
  if (!seq_normalize_index(&i, l->size)) return raise(&exc::IndexError, "pop index out of range");
  Object* v = l->items[i];
  memmove(l->items + i, l->items + i + 1, static_cast<size_t>(l->size - i - 1) * sizeof(Object*));
  if (list_resize(l, l->size - 1) < 0) {
    l->size -= 1;  // a failed shrink leaves a valid, larger array
    error_clear();
  }
  return v;
}

static Object* list_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("list.remove", nargs, kwnames, 1, 1)) return nullptr;
  ListObject* l = as_list(self);
  for (intptr_t i = 0; i < l->size; i++) {
    Object* x = newref(l->items[i]);
    int k = x == args[0] ? 1 : object_eq(x, args[0]);
    decref(x);
    if (k < 0) return nullptr;
    if (k) {
      if (list_ass_slice(l, i, i + 1, nullptr) < 0) return nullptr;
      return None;
    }
  }
  return raise(&exc::ValueError, "list.remove(x): x not in list");
}

static Object* list_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("index", nargs, kwnames, 1, 3)) return nullptr;
  ListObject* l = as_list(self);
  intptr_t start = 0, stop = INTPTR_MAX;
  if (!clamp_slice_index(nargs > 1 ? args[1] : nullptr, &start)) return nullptr;
  if (!clamp_slice_index(nargs > 2 ? args[2] : nullptr, &stop)) return nullptr;
  if (start < 0 && (start += l->size) < 0) start = 0;
  if (stop < 0 && (stop += l->size) < 0) stop = 0;
  for (intptr_t i = start; i < stop && i < l->size; i++) {
    Object* x = newref(l->items[i]);
    int k = x == args[0] ? 1 : object_eq(x, args[0]);
    decref(x);
    if (k < 0) return nullptr;
    if (k) return int_from_i64(i);
  }
  Object* r = object_repr(args[0]);
  if (!r) return nullptr;
  raise(&exc::ValueError, "%s is not in list", str_data(r));
  decref(r);
  return nullptr;
}

static Object* list_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("list.count", nargs, kwnames, 1, 1)) return nullptr;
  ListObject* l = as_list(self);
  intptr_t count = 0;
  for (intptr_t i = 0; i < l->size; i++) {
    Object* x = l->items[i];
    if (x == args[0]) {
      count++;
      continue;
    }
    incref(x);
    int k = object_eq(x, args[0]);
    decref(x);
    if (k < 0) return nullptr;
    count += k;
  }
  return int_from_i64(count);
}

static Object* list_sort_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs > 0) return raise(&exc::TypeError, "sort() takes no positional arguments");
  static const char* const names[] = {"key", "reverse", nullptr};
  Object* out[2] = {nullptr, nullptr};
  if (!parse_args("sort", args, nargs, kwnames, names, 0, out)) return nullptr;
  Object* key = out[0] == None ? nullptr : out[0];
  bool reverse = false;
  if (out[1]) {
    if (!is_int(out[1]))
      return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name(out[1]));
    reverse = int_sign(out[1]) != 0;
  }
  if (list_sort(self, key, reverse) < 0) return nullptr;
  return None;
}

static Object* list_reverse(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("reverse", nargs, kwnames, 0, 0)) return nullptr;
  ListObject* l = as_list(self);
  for (intptr_t i = 0, j = l->size - 1; i < j; i++, j--) std::swap(l->items[i], l->items[j]);
  return None;
}

static Object* list_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("copy", nargs, kwnames, 0, 0)) return nullptr;
  return list_slice(self, 0, list_size(self));
}

static Object* list_clear_meth(Object* self, Object* const* args, size_t nargs,
                               Object* kwnames) {
  if (!check_args("clear", nargs, kwnames, 0, 0)) return nullptr;
  list_clear_items(as_list(self));
  return None;
}

static Object* list_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__reversed__", nargs, kwnames, 0, 0)) return nullptr;
  return list_iter_new(&ListRevIterType, self, list_size(self) - 1);
}

static MethodDef list_methods[] = {
    {"append", list_append_meth, 0, "append($self, object, /)\nAppend object to the end of the list."},
    {"extend", list_extend_meth, 0, "extend($self, iterable, /)\nExtend list by appending elements from the iterable."},
    {"insert", list_insert_meth, 0, "insert($self, index, object, /)\nInsert object before index."},
    {"pop", list_pop, 0, "pop($self, index=-1, /)\nRemove and return item at index (default last)."},
    {"remove", list_remove, 0, "remove($self, value, /)\nRemove first occurrence of value."},
    {"index", list_index, 0, "index($self, value, start=0, stop=sys.maxsize, /)\nReturn first index of value."},
    {"count", list_count, 0, "count($self, value, /)\nReturn number of occurrences of value."},
    {"sort", list_sort_meth, 0, "sort($self, /, *, key=None, reverse=False)\nSort the list in ascending order and return None."},
    {"reverse", list_reverse, 0, "reverse($self, /)\nReverse *IN PLACE*."},
    {"copy", list_copy, 0, "copy($self, /)\nReturn a shallow copy of the list."},
    {"clear", list_clear_meth, 0, "clear($self, /)\nRemove all items from list."},
    {"__reversed__", list_reversed, 0, "__reversed__($self, /)\nReturn a reverse iterator over the list."},
    {"__class_getitem__", class_getitem, kMethClass, "__class_getitem__($cls, item, /)\nSee PEP 585"},
    {nullptr},
};

// ---- the iterators -----------------------------------------------------------

static void list_iter_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(static_cast<ListIterObject*>(self)->seq);
  object_free(self);
}

static int list_iter_traverse(Object* self, VisitFn visit, void* arg) {
  Object* seq = static_cast<ListIterObject*>(self)->seq;
  return seq ? visit(seq, arg) : 0;
}

static int list_iter_clear(Object* self) {
  clearref(&static_cast<ListIterObject*>(self)->seq);
  return 0;
}

static Object* list_iter_next(Object* self) {
  auto* it = static_cast<ListIterObject*>(self);
  if (!it->seq) return nullptr;
  if (it->index < list_size(it->seq)) return newref(list_get(it->seq, it->index++));
  clearref(&it->seq);
  return nullptr;
}

static Object* list_iter_length_hint(Object* self, Object* const* args, size_t nargs,
                                     Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  auto* it = static_cast<ListIterObject*>(self);
  intptr_t n = it->seq ? list_size(it->seq) - it->index : 0;
  return int_from_i64(n > 0 ? n : 0);
}

static Object* list_reviter_next(Object* self) {
  auto* it = static_cast<ListIterObject*>(self);
  if (!it->seq) return nullptr;
  if (it->index >= 0 && it->index < list_size(it->seq))
    return newref(list_get(it->seq, it->index--));
  it->index = -1;
  clearref(&it->seq);
  return nullptr;
}

static Object* list_reviter_length_hint(Object* self, Object* const* args, size_t nargs,
                                        Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  auto* it = static_cast<ListIterObject*>(self);
  intptr_t n = it->index + 1;
  if (!it->seq || list_size(it->seq) < n) n = 0;
  return int_from_i64(n);
}

static MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

static MethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

void list_types_init() {
  ListType.name = "list";
  ListType.basicsize = sizeof(ListObject);
  ListType.flags = kHaveGC | kBaseType | kListSubclass;
  ListType.doc = "list(iterable=(), /)\nBuilt-in mutable sequence.";
  ListType.dealloc = list_dealloc;
  ListType.traverse = list_traverse;
  ListType.clear = list_gc_clear;
  ListType.repr = list_repr;
  ListType.hash = hash_unhashable;
  ListType.richcompare = list_richcompare;
  ListType.binop = list_binop;
  ListType.inplace = list_inplace;
  ListType.len = list_len;
  ListType.getitem = list_subscript;
  ListType.setitem = list_ass_subscript;
  ListType.contains = list_contains;
  ListType.iter = list_iter;
  ListType.new_ = list_new_slot;
  ListType.init = list_init;
  ListType.methods = list_methods;
  type_ready(&ListType);

  for (TypeObject* t : {&ListIterType, &ListRevIterType}) {
    t->basicsize = sizeof(ListIterObject);
    t->flags = kHaveGC;
    t->dealloc = list_iter_dealloc;
    t->traverse = list_iter_traverse;
    t->clear = list_iter_clear;
    t->iter = iter_self;
  }
  ListIterType.name = "list_iterator";
  ListIterType.iternext = list_iter_next;
  ListIterType.methods = list_iter_methods;
  ListRevIterType.name = "list_reverseiterator";
  ListRevIterType.iternext = list_reviter_next;
  ListRevIterType.methods = list_reviter_methods;
  type_ready(&ListIterType);
  type_ready(&ListRevIterType);
}

}  // namespace frost
