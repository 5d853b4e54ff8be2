/*
 * range_slice.cpp — `range`, its two iterators, and `slice` with the index
 * arithmetic every sequence shares (slice_unpack, slice_adjust_indices).
 *
 * A range stores start, stop, step and its length as int objects, so it
 * accepts any int (range(10**20) works).  Every operation has an int64 fast
 * path — the usual case — computed in __int128 so that no intermediate
 * overflows, and a general path on int objects (int_binop, int_compare).
 *
 * Iteration is where speed matters: when start, stop and step fit in int64
 * the iterator is a RangeIterObject holding C integers (range_slice.h), so
 * `for i in range(n)` allocates nothing for the cached small ints and one
 * int per step beyond them; the eval loop may step it inline.  Otherwise a
 * "longrange_iterator" adds int objects.
 *
 * `x in range` is O(1) for exact ints and bools (bounds and divisibility);
 * other objects are compared with each value, as CPython does, since they may
 * define `__eq__`.
 */
#include "vm/types/range_slice.h"

#include <string>
#include <utility>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject RangeType;
TypeObject RangeIterType;
TypeObject LongRangeIterType;
TypeObject SliceType;

namespace {

inline RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }
inline SliceObject* as_slice(Object* o) { return static_cast<SliceObject*>(o); }

inline bool small(const Object* o) { return int_is_small(o); }
inline bool all_small(const RangeObject* r) {
  return small(r->start) && small(r->stop) && small(r->step) && small(r->length);
}

// int arithmetic on objects; null on error.
Object* add(Object* a, Object* b) { return int_binop(a, b, BinOp::Add); }
Object* sub(Object* a, Object* b) { return int_binop(a, b, BinOp::Sub); }
Object* mul(Object* a, Object* b) { return int_binop(a, b, BinOp::Mul); }

// The number of values of range(start, stop, step), as an int.
Object* compute_length(Object* start, Object* stop, Object* step) {
  if (small(start) && small(stop) && small(step)) {
    __int128 lo = int_small_value(start), hi = int_small_value(stop), s = int_small_value(step);
    if (s < 0) {
      std::swap(lo, hi);
      s = -s;
    }
    return int_from_i128(lo < hi ? (hi - lo - 1) / s + 1 : 0);
  }
  Object* lo = start;
  Object* hi = stop;
  Object* s = newref(step);
  if (int_sign(step) < 0) {
    std::swap(lo, hi);
    Object* neg = int_binop(int_from_i64(0), step, BinOp::Sub);
    decref(s);
    if (!neg) return nullptr;
    s = neg;
  }
  if (int_compare(lo, hi) >= 0) {
    decref(s);
    return int_from_i64(0);
  }
  Object* diff = sub(hi, lo);                        // hi - lo
  Object* diff1 = diff ? sub(diff, int_from_i64(1)) : nullptr;  // - 1
  Object* q = diff1 ? int_binop(diff1, s, BinOp::FloorDiv) : nullptr;
  Object* n = q ? add(q, int_from_i64(1)) : nullptr;
  xdecref(diff);
  xdecref(diff1);
  xdecref(q);
  decref(s);
  return n;
}

// The i-th value (0 <= i < length): start + i*step.
Object* compute_item(RangeObject* r, Object* i) {
  if (small(r->start) && small(r->step) && small(i))
    return int_from_i128(static_cast<__int128>(int_small_value(r->start)) +
                         static_cast<__int128>(int_small_value(i)) * int_small_value(r->step));
  Object* prod = mul(i, r->step);
  if (!prod) return nullptr;
  Object* v = add(r->start, prod);
  decref(prod);
  return v;
}

// `ob` (an exact int or bool) is one of the values: 1, 0, or -1 on error.
int contains_int(RangeObject* r, Object* ob) {
  if (all_small(r) && small(ob)) {
    int64_t start = int_small_value(r->start), stop = int_small_value(r->stop);
    int64_t step = int_small_value(r->step), v = int_small_value(ob);
    bool inside = step > 0 ? (start <= v && v < stop) : (stop < v && v <= start);
    if (!inside) return 0;
    return (static_cast<__int128>(v) - start) % step == 0;
  }
  bool positive = int_sign(r->step) > 0;
  bool inside = positive ? int_compare(r->start, ob) <= 0 && int_compare(ob, r->stop) < 0
                         : int_compare(ob, r->start) <= 0 && int_compare(r->stop, ob) < 0;
  if (!inside) return 0;
  Object* diff = sub(ob, r->start);
  Object* rem = diff ? int_binop(diff, r->step, BinOp::Mod) : nullptr;
  xdecref(diff);
  if (!rem) return -1;
  int zero = int_sign(rem) == 0;
  decref(rem);
  return zero;
}

Object* range_alloc(Object* start, Object* stop, Object* step, Object* length) {
  Object* o = object_alloc(&RangeType, RangeType.basicsize);
  if (!o) return nullptr;
  RangeObject* r = as_range(o);
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = newref(length);
  return o;
}

// The iterator over the values first, first+step, ... (`len` of them): C
// integers when they fit, else a long iterator laid out as a RangeObject
// whose start is the next value and length the number left.
Object* range_iter_new(Object* first, Object* step, Object* len) {
  bool fits = small(first) && small(step) && small(len);
  if (fits && int_small_value(len) > 1) {  // the last value must fit too
    __int128 last = static_cast<__int128>(int_small_value(first)) +
                    static_cast<__int128>(int_small_value(len) - 1) * int_small_value(step);
    fits = last >= INT64_MIN && last <= INT64_MAX;
  }
  if (fits) {
    Object* o = object_alloc(&RangeIterType, RangeIterType.basicsize);
    if (!o) return nullptr;
    auto* it = static_cast<RangeIterObject*>(o);
    it->start = int_small_value(first);
    it->step = int_small_value(step);
    it->len = int_small_value(len);
    return o;
  }
  Object* o = object_alloc(&LongRangeIterType, LongRangeIterType.basicsize);
  if (!o) return nullptr;
  RangeObject* it = as_range(o);
  it->start = newref(first);
  it->stop = None;  // unused
  it->step = newref(step);
  it->length = newref(len);
  return o;
}

}  // namespace

// ---- range -----------------------------------------------------------------

Object* range_new(Object* start, Object* stop, Object* step) {
  if (int_sign(step) == 0) return raise(&exc::ValueError, "range() arg 3 must not be zero");
  Object* length = compute_length(start, stop, step);
  if (!length) return nullptr;
  Object* r = range_alloc(start, stop, step, length);
  decref(length);
  return r;
}

static Object* range_new_slot(TypeObject* type, Object* const* args, size_t nargs,
                              Object* kwnames) {
  if (!check_args("range", nargs, kwnames, 1, 3)) return nullptr;
  Object* v[3] = {nullptr, nullptr, nullptr};
  for (size_t i = 0; i < nargs; i++) {
    v[i] = number_index(args[i]);
    if (!v[i]) {
      for (size_t j = 0; j < i; j++) decref(v[j]);
      return nullptr;
    }
  }
  Object* r;
  if (nargs == 1) r = range_new(int_from_i64(0), v[0], int_from_i64(1));
  else r = range_new(v[0], v[1], nargs == 3 ? v[2] : int_from_i64(1));
  for (size_t i = 0; i < nargs; i++) decref(v[i]);
  return r;
}

static void range_dealloc(Object* self) {
  RangeObject* r = as_range(self);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  object_free(self);
}

static Object* range_repr(Object* self) {
  RangeObject* r = as_range(self);
  std::string out = "range(" + int_to_decimal(r->start) + ", " + int_to_decimal(r->stop);
  if (!(small(r->step) && int_small_value(r->step) == 1)) out += ", " + int_to_decimal(r->step);
  out += ")";
  return str_from(out);
}

static intptr_t range_len(Object* self) {
  Object* n = as_range(self)->length;
  if (!small(n)) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return static_cast<intptr_t>(int_small_value(n));
}

static int range_bool(Object* self) { return int_sign(as_range(self)->length) != 0; }

static int64_t range_hash(Object* self) {
  RangeObject* r = as_range(self);
  Object* start = None;
  Object* step = None;
  if (int_sign(r->length) != 0) {
    start = r->start;
    if (!(small(r->length) && int_small_value(r->length) == 1)) step = r->step;
  }
  Object* t = tuple_pack(3, r->length, start, step);
  if (!t) return -1;
  int64_t h = object_hash(t);
  decref(t);
  return h;
}

static Object* range_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_range(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return NotImplemented;
  RangeObject* x = as_range(a);
  RangeObject* y = as_range(b);
  bool eq = a == b;
  if (!eq && int_compare(x->length, y->length) == 0) {
    if (int_sign(x->length) == 0) {
      eq = true;
    } else if (int_compare(x->start, y->start) == 0) {
      bool one = small(x->length) && int_small_value(x->length) == 1;
      eq = one || int_compare(x->step, y->step) == 0;
    }
  }
  return bool_from(eq == (op == CompareOp::Eq));
}

static bool slice_long_indices(Object* slice, Object* length, Object* out[3]);

// range[slice]: another range, for lengths of any size.
static Object* range_slice(RangeObject* r, Object* slice) {
  Object* idx[3];
  if (!slice_long_indices(slice, r->length, idx)) return nullptr;
  Object* new_start = compute_item(r, idx[0]);
  Object* new_stop = new_start ? compute_item(r, idx[1]) : nullptr;
  Object* new_step = new_stop ? mul(r->step, idx[2]) : nullptr;
  Object* result = new_step ? range_new(new_start, new_stop, new_step) : nullptr;
  for (Object* o : idx) decref(o);
  xdecref(new_start);
  xdecref(new_stop);
  xdecref(new_step);
  return result;
}

static Object* range_subscript(Object* self, Object* key) {
  RangeObject* r = as_range(self);
  if (is_slice(key)) return range_slice(r, key);
  if (!is_index_like(key))
    return raise(&exc::TypeError, "range indices must be integers or slices, not %s", type_name(key));
  Object* i = number_index(key);
  if (!i) return nullptr;
  if (int_sign(i) < 0) {
    Object* j = add(i, r->length);
    decref(i);
    if (!j) return nullptr;
    i = j;
  }
  Object* v = nullptr;
  if (int_sign(i) < 0 || int_compare(i, r->length) >= 0)
    raise(&exc::IndexError, "range object index out of range");
  else
    v = compute_item(r, i);
  decref(i);
  return v;
}

// Counts (or finds) `ob` among the values by `==`, for objects other than
// exact ints: the count, or the first index, or -1 if absent (find), -2 on
// error.
static intptr_t range_search(Object* self, Object* ob, bool count) {
  Object* it = object_iter(self);
  if (!it) return -2;
  intptr_t n = 0, i = 0;
  for (;; i++) {
    Object* v = iter_next(it);
    if (!v) break;
    int eq = object_eq(v, ob);
    decref(v);
    if (eq < 0) {
      decref(it);
      return -2;
    }
    if (eq && !count) {
      decref(it);
      return i;
    }
    n += eq;
  }
  decref(it);
  if (error_occurred()) return -2;
  return count ? n : -1;
}

static int range_contains(Object* self, Object* ob) {
  if (is_exact_int(ob) || is_bool(ob)) return contains_int(as_range(self), ob);
  intptr_t r = range_search(self, ob, false);
  return r == -2 ? -1 : r >= 0;
}

static Object* range_iter(Object* self) {
  RangeObject* r = as_range(self);
  return range_iter_new(r->start, r->step, r->length);
}

// reversed(range(start, stop, step)) walks start + (n-1)*step downwards by step.
static Object* range_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__reversed__", nargs, kwnames, 0, 0)) return nullptr;
  RangeObject* r = as_range(self);
  Object* n1 = sub(r->length, int_from_i64(1));
  Object* last = n1 ? (int_sign(r->length) == 0 ? newref(r->start) : compute_item(r, n1)) : nullptr;
  Object* neg = last ? int_binop(int_from_i64(0), r->step, BinOp::Sub) : nullptr;
  Object* result = neg ? range_iter_new(last, neg, r->length) : nullptr;
  xdecref(n1);
  xdecref(last);
  xdecref(neg);
  return result;
}

static Object* range_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("range.count", nargs, kwnames, 1, 1)) return nullptr;
  Object* ob = args[0];
  if (is_exact_int(ob) || is_bool(ob)) {
    int r = contains_int(as_range(self), ob);
    return r < 0 ? nullptr : int_from_i64(r);
  }
  intptr_t n = range_search(self, ob, true);
  return n < 0 ? nullptr : int_from_i64(n);
}

static Object* range_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("range.index", nargs, kwnames, 1, 1)) return nullptr;
  RangeObject* r = as_range(self);
  Object* ob = args[0];
  if (is_exact_int(ob) || is_bool(ob)) {
    int c = contains_int(r, ob);
    if (c < 0) return nullptr;
    if (!c) {
      Object* s = object_repr(ob);
      if (!s) return nullptr;
      raise(&exc::ValueError, "%s is not in range", str_data(s));
      decref(s);
      return nullptr;
    }
    Object* diff = sub(ob, r->start);
    Object* idx = diff ? int_binop(diff, r->step, BinOp::FloorDiv) : nullptr;
    xdecref(diff);
    return idx;
  }
  intptr_t i = range_search(self, ob, false);
  if (i == -2) return nullptr;
  if (i < 0) return raise(&exc::ValueError, "sequence.index(x): x not in sequence");
  return int_from_i64(i);
}

static Object* range_get_start(Object* self) { return newref(as_range(self)->start); }
static Object* range_get_stop(Object* self) { return newref(as_range(self)->stop); }
static Object* range_get_step(Object* self) { return newref(as_range(self)->step); }

static MethodDef range_methods[] = {
    {"count", range_count, 0, "count($self, value, /)\nrangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, 0, "index($self, value, /)\nrangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", range_reversed, 0, "__reversed__($self, /)\nReturn a reverse iterator."},
    {nullptr},
};

static GetSetDef range_getset[] = {
    {"start", range_get_start, nullptr, nullptr},
    {"stop", range_get_stop, nullptr, nullptr},
    {"step", range_get_step, nullptr, nullptr},
    {nullptr},
};

// ---- the iterators -----------------------------------------------------------

static Object* range_iter_next(Object* self) {
  auto* it = static_cast<RangeIterObject*>(self);
  if (it->len <= 0) return nullptr;
  int64_t v = it->start;
  // Unsigned: the step past the last value may leave int64, harmlessly.
  it->start = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
  it->len--;
  return int_from_i64(v);
}

static Object* range_iter_length_hint(Object* self, Object* const* args, size_t nargs,
                                      Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  int64_t n = static_cast<RangeIterObject*>(self)->len;
  return int_from_i64(n > 0 ? n : 0);
}

static void plain_dealloc(Object* self) { object_free(self); }

static Object* long_range_iter_next(Object* self) {
  auto* it = static_cast<RangeObject*>(self);
  if (int_sign(it->length) <= 0) return nullptr;
  Object* next = add(it->start, it->step);
  Object* left = next ? sub(it->length, int_from_i64(1)) : nullptr;
  if (!left) {
    xdecref(next);
    return nullptr;
  }
  Object* v = it->start;
  it->start = next;
  setref(&it->length, left);
  return v;
}

static Object* long_range_iter_length_hint(Object* self, Object* const* args, size_t nargs,
                                           Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  return newref(static_cast<RangeObject*>(self)->length);
}

static MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

static MethodDef long_range_iter_methods[] = {
    {"__length_hint__", long_range_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---- slice -----------------------------------------------------------------

Object* slice_new(Object* start, Object* stop, Object* step) {
  Object* o = gc_alloc(&SliceType, SliceType.basicsize);
  if (!o) return nullptr;
  SliceObject* s = as_slice(o);
  s->start = newref(start ? start : None);
  s->stop = newref(stop ? stop : None);
  s->step = newref(step ? step : None);
  return o;
}

// A slice bound as a C integer, clamped (CPython's _PyEval_SliceIndex).
static bool slice_index(Object* v, intptr_t* out) {
  if (!is_index_like(v)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_ssize(v, out, nullptr);
}

bool slice_unpack(Object* slice, intptr_t* start, intptr_t* stop, intptr_t* step) {
  SliceObject* s = as_slice(slice);
  if (s->step == None) {
    *step = 1;
  } else {
    if (!slice_index(s->step, step)) return false;
    if (*step == 0) {
      raise(&exc::ValueError, "slice step cannot be zero");
      return false;
    }
    // So that `-step` never overflows.
    if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
  }
  if (s->start == None) *start = *step < 0 ? INTPTR_MAX : 0;
  else if (!slice_index(s->start, start)) return false;
  if (s->stop == None) *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
  else if (!slice_index(s->stop, stop)) return false;
  return true;
}

intptr_t slice_adjust_indices(intptr_t length, intptr_t* start, intptr_t* stop, intptr_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

static Object* slice_new_slot(TypeObject* type, Object* const* args, size_t nargs,
                              Object* kwnames) {
  if (!check_args("slice", nargs, kwnames, 1, 3)) return nullptr;
  if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

static void slice_dealloc(Object* self) {
  gc_untrack(self);
  SliceObject* s = as_slice(self);
  xdecref(s->start);
  xdecref(s->stop);
  xdecref(s->step);
  object_free(self);
}

static int slice_traverse(Object* self, VisitFn visit, void* arg) {
  SliceObject* s = as_slice(self);
  for (Object* o : {s->start, s->stop, s->step}) {
    if (o) {
      if (int r = visit(o, arg)) return r;
    }
  }
  return 0;
}

static int slice_clear(Object* self) {
  SliceObject* s = as_slice(self);
  clearref(&s->start);
  clearref(&s->stop);
  clearref(&s->step);
  return 0;
}

static Object* slice_repr(Object* self) {
  SliceObject* s = as_slice(self);
  std::string out = "slice(";
  Object* parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; i++) {
    Object* r = object_repr(parts[i] ? parts[i] : None);
    if (!r) return nullptr;
    if (i) out += ", ";
    out += str_view(r);
    decref(r);
  }
  out += ")";
  return str_from(out);
}

static Object* slice_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_slice(b)) return NotImplemented;
  if (a == b) {
    bool r = op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge;
    return bool_from(r);
  }
  SliceObject* x = as_slice(a);
  SliceObject* y = as_slice(b);
  Object* tx = tuple_pack(3, x->start, x->stop, x->step);
  Object* ty = tx ? tuple_pack(3, y->start, y->stop, y->step) : nullptr;
  Object* r = ty ? object_richcompare(tx, ty, op) : nullptr;
  xdecref(tx);
  xdecref(ty);
  return r;
}

// A slice bound as an int object (CPython's evaluate_slice_index).
static Object* slice_index_object(Object* v) {
  if (!is_index_like(v))
    return raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return number_index(v);
}

// A bound clipped to a sequence of `length` items: negative counts from the
// end, then clamped to [lower, upper].
static Object* clip_bound(Object* v, Object* length, Object* lower, Object* upper) {
  Object* i = slice_index_object(v);
  if (!i) return nullptr;
  if (int_sign(i) < 0) {
    Object* j = add(i, length);
    decref(i);
    if (!j) return nullptr;
    if (int_compare(j, lower) < 0) {
      decref(j);
      return newref(lower);
    }
    return j;
  }
  if (int_compare(i, upper) > 0) {
    decref(i);
    return newref(upper);
  }
  return i;
}

// slice.indices(length) on int objects of any size (CPython's
// _PySlice_GetLongIndices): out receives new references to start, stop and
// step.  `length` is a non-negative int.
static bool slice_long_indices(Object* slice, Object* length, Object* out[3]) {
  SliceObject* s = as_slice(slice);
  Object* step = s->step == None ? int_from_i64(1) : slice_index_object(s->step);
  if (!step) return false;
  if (int_sign(step) == 0) {
    decref(step);
    raise(&exc::ValueError, "slice step cannot be zero");
    return false;
  }
  bool negative = int_sign(step) < 0;
  Object* lower = int_from_i64(negative ? -1 : 0);
  Object* upper = negative ? add(length, lower) : newref(length);
  Object* start = nullptr;
  Object* stop = nullptr;
  if (upper) {
    start = s->start == None ? newref(negative ? upper : lower) : clip_bound(s->start, length, lower, upper);
    if (start)
      stop = s->stop == None ? newref(negative ? lower : upper) : clip_bound(s->stop, length, lower, upper);
  }
  decref(lower);
  xdecref(upper);
  if (!stop) {
    xdecref(start);
    decref(step);
    return false;
  }
  out[0] = start;
  out[1] = stop;
  out[2] = step;
  return true;
}

static Object* slice_indices(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("slice.indices", nargs, kwnames, 1, 1)) return nullptr;
  Object* length = number_index(args[0]);
  if (!length) return nullptr;
  Object* idx[3];
  bool ok = int_sign(length) >= 0;
  if (!ok) raise(&exc::ValueError, "length should not be negative");
  else ok = slice_long_indices(self, length, idx);
  decref(length);
  if (!ok) return nullptr;
  Object* t = tuple_pack(3, idx[0], idx[1], idx[2]);
  for (Object* o : idx) decref(o);
  return t;
}

static Object* slice_get_start(Object* self) { return newref(as_slice(self)->start); }
static Object* slice_get_stop(Object* self) { return newref(as_slice(self)->stop); }
static Object* slice_get_step(Object* self) { return newref(as_slice(self)->step); }

static MethodDef slice_methods[] = {
    {"indices", slice_indices, 0, "indices($self, length, /)\nS.indices(len) -> (start, stop, stride)"},
    {nullptr},
};

static GetSetDef slice_getset[] = {
    {"start", slice_get_start, nullptr, nullptr},
    {"stop", slice_get_stop, nullptr, nullptr},
    {"step", slice_get_step, nullptr, nullptr},
    {nullptr},
};

void range_slice_types_init() {
  RangeType.name = "range";
  RangeType.basicsize = sizeof(RangeObject);
  RangeType.doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object";
  RangeType.dealloc = range_dealloc;
  RangeType.repr = range_repr;
  RangeType.hash = range_hash;
  RangeType.richcompare = range_richcompare;
  RangeType.nb_bool = range_bool;
  RangeType.len = range_len;
  RangeType.getitem = range_subscript;
  RangeType.contains = range_contains;
  RangeType.iter = range_iter;
  RangeType.new_ = range_new_slot;
  RangeType.methods = range_methods;
  RangeType.getset = range_getset;
  type_ready(&RangeType);

  RangeIterType.name = "range_iterator";
  RangeIterType.basicsize = sizeof(RangeIterObject);
  RangeIterType.dealloc = plain_dealloc;
  RangeIterType.iter = iter_self;
  RangeIterType.iternext = range_iter_next;
  RangeIterType.methods = range_iter_methods;
  type_ready(&RangeIterType);

  LongRangeIterType.name = "longrange_iterator";
  LongRangeIterType.basicsize = sizeof(RangeObject);
  LongRangeIterType.dealloc = range_dealloc;
  LongRangeIterType.iter = iter_self;
  LongRangeIterType.iternext = long_range_iter_next;
  LongRangeIterType.methods = long_range_iter_methods;
  type_ready(&LongRangeIterType);

  SliceType.name = "slice";
  SliceType.basicsize = sizeof(SliceObject);
  SliceType.flags = kHaveGC;
  SliceType.doc = "slice(stop)\nslice(start, stop[, step])";
  SliceType.dealloc = slice_dealloc;
  SliceType.traverse = slice_traverse;
  SliceType.clear = slice_clear;
  SliceType.repr = slice_repr;
  SliceType.hash = hash_unhashable;
  SliceType.richcompare = slice_richcompare;
  SliceType.new_ = slice_new_slot;
  SliceType.methods = slice_methods;
  SliceType.getset = slice_getset;
  type_ready(&SliceType);
}

}  // namespace frost
