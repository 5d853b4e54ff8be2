/*
 * list_sort.cpp — list.sort(): a simplified timsort.
 *
 * The algorithm is CPython 3.11's listsort without galloping:
 *  1. The list is split into natural runs (count_run: a non-descending run,
 *     or a strictly descending one that is reversed in place, which keeps
 *     the sort stable).  A run shorter than `minrun` (32..64, chosen so that
 *     n/minrun is a power of two or just below one) is extended to minrun
 *     items with a binary insertion sort.
 *  2. Runs are pushed on a stack and merged by the powersort policy (3.11):
 *     each boundary between two runs gets a "power" — the depth of its
 *     midpoint in a perfect binary tree over the list — and a new run first
 *     merges the runs below it whose power is greater.  This gives nearly
 *     optimal merge trees for any run lengths.
 *  3. A merge first skips the prefix of the left run and the suffix of the
 *     right run that are already in place (found by binary search), then
 *     copies the shorter side to a buffer and merges into the gap.
 * For lists shorter than 64 items this is exactly CPython's sequence of
 * comparisons (one run, binary insertion), so even an inconsistent `<` (NaNs,
 * sets) gives CPython's result.  Longer lists give the same result whenever
 * `<` is a consistent order.
 *
 * Only `<` is used, through object_richcompare_bool, except when every key is
 * an exact small int, an exact float or an exact str: then the comparison is
 * done on the C values (UTF-8 byte order is code point order), which is what
 * `<` would answer without the calls.
 *
 * With key=, the keys are computed first into a parallel array and every move
 * applies to both arrays.  reverse=True reverses the list before and after
 * sorting, so that equal items keep their order.  During the sort the list
 * is empty and its `allocated` is -1; any mutation from a comparison or a key
 * function resets it, and the sort then raises ValueError "list modified
 * during sort" after restoring the sorted items (the mutated contents are
 * discarded, as in CPython).  An exception from `<` leaves the list a
 * permutation of its items.
 */
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"

namespace frost {

namespace {

// 1 if a < b, 0 if not, -1 with an exception set.
using LessFn = int (*)(Object* a, Object* b);

int less_generic(Object* a, Object* b) { return object_richcompare_bool(a, b, CompareOp::Lt); }
int less_small_int(Object* a, Object* b) { return int_small_value(a) < int_small_value(b); }
int less_float(Object* a, Object* b) { return float_value(a) < float_value(b); }
int less_str(Object* a, Object* b) { return str_view(a) < str_view(b); }

// The cheapest comparison that answers like `<` for all of keys[0..n).
LessFn choose_less(Object* const* keys, intptr_t n) {
  TypeObject* t = type_of(keys[0]);
  for (intptr_t i = 1; i < n; i++)
    if (type_of(keys[i]) != t) return less_generic;
  if (t == &StrType) return less_str;
  if (t == &FloatType) return less_float;
  if (t == &IntType) {
    for (intptr_t i = 0; i < n; i++)
      if (!int_is_small(keys[i])) return less_generic;
    return less_small_int;
  }
  return less_generic;
}

struct Run {
  intptr_t base;
  intptr_t len;
  int power;  // of the boundary between this run and the next
};

class Sorter {
 public:
  Sorter(Object** keys, Object** values, intptr_t n)
      : keys_(keys), values_(values), n_(n), less_(choose_less(keys, n)) {}

  int sort();

 private:
  int less(Object* a, Object* b) { return less_(a, b); }
  void reverse(intptr_t lo, intptr_t hi);
  intptr_t count_run(intptr_t lo, intptr_t hi, bool* descending);
  int binary_insertion(intptr_t lo, intptr_t hi, intptr_t start);
  intptr_t bisect_right(Object* key, intptr_t base, intptr_t n);
  intptr_t bisect_left(Object* key, intptr_t base, intptr_t n);
  int merge_at(size_t i);
  int merge_lo(intptr_t a, intptr_t na, intptr_t b, intptr_t nb);
  int merge_hi(intptr_t a, intptr_t na, intptr_t b, intptr_t nb);
  int found_new_run(intptr_t n2);
  int force_collapse();

  Object** keys_;
  Object** values_;  // null when the keys are the items
  intptr_t n_;
  LessFn less_;
  std::vector<Run> pending_;
  std::vector<Object*> tmp_keys_, tmp_values_;
};

void Sorter::reverse(intptr_t lo, intptr_t hi) {
  for (intptr_t i = lo, j = hi - 1; i < j; i++, j--) {
    std::swap(keys_[i], keys_[j]);
    if (values_) std::swap(values_[i], values_[j]);
  }
}

// The length of the run starting at lo (hi > lo): non-descending, or
// strictly descending (then *descending is set).  -1 on error.
intptr_t Sorter::count_run(intptr_t lo, intptr_t hi, bool* descending) {
  *descending = false;
  if (lo + 1 == hi) return 1;
  int k = less(keys_[lo + 1], keys_[lo]);
  if (k < 0) return -1;
  intptr_t i = lo + 2;
  if (k) {
    *descending = true;
    for (; i < hi; i++) {
      k = less(keys_[i], keys_[i - 1]);
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (; i < hi; i++) {
      k = less(keys_[i], keys_[i - 1]);
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return i - lo;
}

// Sorts [lo, hi) given that [lo, start) is already sorted.
int Sorter::binary_insertion(intptr_t lo, intptr_t hi, intptr_t start) {
  if (lo == start) ++start;
  for (; start < hi; ++start) {
    Object* pivot = keys_[start];
    intptr_t l = lo, r = start;
    do {  // pivot >= all in [lo, l), pivot < all in [r, start)
      intptr_t p = l + ((r - l) >> 1);
      int k = less(pivot, keys_[p]);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    size_t bytes = static_cast<size_t>(start - l) * sizeof(Object*);
    memmove(keys_ + l + 1, keys_ + l, bytes);
    keys_[l] = pivot;
    if (values_) {
      Object* v = values_[start];
      memmove(values_ + l + 1, values_ + l, bytes);
      values_[l] = v;
    }
  }
  return 0;
}

// The number of items of keys[base..base+n) that are <= key; -1 on error.
intptr_t Sorter::bisect_right(Object* key, intptr_t base, intptr_t n) {
  intptr_t lo = 0, hi = n;
  while (lo < hi) {
    intptr_t mid = lo + ((hi - lo) >> 1);
    int k = less(key, keys_[base + mid]);
    if (k < 0) return -1;
    if (k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// The number of items of keys[base..base+n) that are < key; -1 on error.
intptr_t Sorter::bisect_left(Object* key, intptr_t base, intptr_t n) {
  intptr_t lo = 0, hi = n;
  while (lo < hi) {
    intptr_t mid = lo + ((hi - lo) >> 1);
    int k = less(keys_[base + mid], key);
    if (k < 0) return -1;
    if (k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Merges the adjacent runs [a, a+na) and [b, b+nb) (b == a+na, na <= nb),
// buffering the left one.  On error the buffered items are put back, so the
// arrays stay a permutation.
int Sorter::merge_lo(intptr_t a, intptr_t na, intptr_t b, intptr_t nb) {
  tmp_keys_.assign(keys_ + a, keys_ + a + na);
  if (values_) tmp_values_.assign(values_ + a, values_ + a + na);
  intptr_t dest = a, i = 0, j = b, end = b + nb;
  int result = 0;
  while (i < na && j < end) {
    int k = less(keys_[j], tmp_keys_[i]);
    if (k < 0) {
      result = -1;
      break;
    }
    if (k) {
      keys_[dest] = keys_[j];
      if (values_) values_[dest] = values_[j];
      j++;
    } else {
      keys_[dest] = tmp_keys_[i];
      if (values_) values_[dest] = tmp_values_[i];
      i++;
    }
    dest++;
  }
  // What is left of the buffer fills the gap up to j exactly.
  size_t rest = static_cast<size_t>(na - i) * sizeof(Object*);
  memcpy(keys_ + dest, tmp_keys_.data() + i, rest);
  if (values_) memcpy(values_ + dest, tmp_values_.data() + i, rest);
  return result;
}

// As merge_lo, buffering the right run and merging from the top down.
int Sorter::merge_hi(intptr_t a, intptr_t na, intptr_t b, intptr_t nb) {
  tmp_keys_.assign(keys_ + b, keys_ + b + nb);
  if (values_) tmp_values_.assign(values_ + b, values_ + b + nb);
  intptr_t dest = b + nb - 1, i = a + na - 1, j = nb - 1;
  int result = 0;
  while (i >= a && j >= 0) {
    int k = less(tmp_keys_[j], keys_[i]);
    if (k < 0) {
      result = -1;
      break;
    }
    if (k) {
      keys_[dest] = keys_[i];
      if (values_) values_[dest] = values_[i];
      i--;
    } else {
      keys_[dest] = tmp_keys_[j];
      if (values_) values_[dest] = tmp_values_[j];
      j--;
    }
    dest--;
  }
  size_t rest = static_cast<size_t>(j + 1) * sizeof(Object*);
  memcpy(keys_ + dest - j, tmp_keys_.data(), rest);
  if (values_) memcpy(values_ + dest - j, tmp_values_.data(), rest);
  return result;
}

// Merges pending runs i and i+1 into one.
int Sorter::merge_at(size_t i) {
  intptr_t a = pending_[i].base, na = pending_[i].len;
  intptr_t b = pending_[i + 1].base, nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  pending_.erase(pending_.begin() + static_cast<ptrdiff_t>(i) + 1);
  // Items of the left run that are <= the right run's first are in place.
  intptr_t k = bisect_right(keys_[b], a, na);
  if (k < 0) return -1;
  a += k;
  na -= k;
  if (na == 0) return 0;
  // Items of the right run that are >= the left run's last are in place.
  nb = bisect_left(keys_[a + na - 1], b, nb);
  if (nb <= 0) return static_cast<int>(nb);
  return na <= nb ? merge_lo(a, na, b, nb) : merge_hi(a, na, b, nb);
}

// The powersort "power" of the boundary between the run [s1, s1+n1) and the
// next one of length n2, in a list of n items: the first bit position at
// which the binary expansions of the two runs' midpoints (as fractions of n)
// differ.
static int powerloop(intptr_t s1, intptr_t n1, intptr_t n2, intptr_t n) {
  int result = 0;
  intptr_t a = 2 * s1 + n1;  // twice the midpoints, to stay in integers
  intptr_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

int Sorter::found_new_run(intptr_t n2) {
  if (pending_.empty()) return 0;
  Run& top = pending_.back();
  int power = powerloop(top.base, top.len, n2, n_);
  while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) {
    if (merge_at(pending_.size() - 2) < 0) return -1;
  }
  pending_.back().power = power;
  return 0;
}

int Sorter::force_collapse() {
  while (pending_.size() > 1) {
    size_t n = pending_.size() - 2;
    if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
    if (merge_at(n) < 0) return -1;
  }
  return 0;
}

static intptr_t compute_minrun(intptr_t n) {
  intptr_t r = 0;  // becomes 1 if any 1 bits are shifted off
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

int Sorter::sort() {
  if (n_ < 2) return 0;
  intptr_t minrun = compute_minrun(n_);
  intptr_t lo = 0, remaining = n_;
  do {
    bool descending;
    intptr_t n = count_run(lo, lo + remaining, &descending);
    if (n < 0) return -1;
    if (descending) reverse(lo, lo + n);
    if (n < minrun) {
      intptr_t force = remaining <= minrun ? remaining : minrun;
      if (binary_insertion(lo, lo + force, lo + n) < 0) return -1;
      n = force;
    }
    if (found_new_run(n) < 0) return -1;
    pending_.push_back({lo, n, 0});
    lo += n;
    remaining -= n;
  } while (remaining);
  return force_collapse();
}

void reverse_array(Object** a, intptr_t n) {
  for (intptr_t i = 0, j = n - 1; i < j; i++, j--) std::swap(a[i], a[j]);
}

}  // namespace

int list_sort(Object* self, Object* keyfunc, bool reverse) {
  auto* l = static_cast<ListObject*>(self);
  intptr_t n = l->size;
  Object** items = l->items;
  intptr_t allocated = l->allocated;
  l->size = 0;
  l->items = nullptr;
  l->allocated = -1;

  int result = 0;
  std::vector<Object*> keys;
  if (keyfunc && n > 0) {
    keys.reserve(static_cast<size_t>(n));
    for (intptr_t i = 0; i < n; i++) {
      Object* k = call1(keyfunc, items[i]);
      if (!k) {
        result = -1;
        break;
      }
      keys.push_back(k);
    }
  }
  if (result == 0) {
    if (reverse && n > 1) {
      reverse_array(items, n);
      if (!keys.empty()) reverse_array(keys.data(), n);
    }
    if (n > 1) {
      Sorter sorter(keys.empty() ? items : keys.data(), keys.empty() ? nullptr : items, n);
      result = sorter.sort();
    }
    if (l->allocated != -1 && result == 0) {
      raise(&exc::ValueError, "list modified during sort");
      result = -1;
    }
    if (reverse && n > 1) reverse_array(items, n);
  }
  for (Object* k : keys) decref(k);

  // Put the items back; whatever the list received meanwhile is dropped.
  Object** final_items = l->items;
  intptr_t final_n = l->size;
  l->size = n;
  l->items = items;
  l->allocated = allocated;
  if (final_items) {
    while (final_n-- > 0) xdecref(final_items[final_n]);
    mem_free(final_items);
  }
  return result;
}

}  // namespace frost
