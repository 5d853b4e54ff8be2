/*
 * container_util.h — small helpers shared by the built-in containers (tuple,
 * list, dict, set, range, slice and their iterators).  Implemented in
 * vm/types/container_util.cpp.
 *
 *  - The repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave): a
 *    container whose repr reaches itself again prints `[...]`, `{...}`,
 *    `(...)` instead of recursing forever.
 *  - The "unhashable type" hash slot: a mutable container sets its `hash`
 *    slot to `hash_unhashable` so that the rule holds whatever type_ready
 *    inherits from `object`.
 *  - Index helpers that every sequence uses the same way.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// Marks `o` as being repr'd.  Returns 1 if it already was (the caller prints
// its "..." form and must NOT call repr_leave), 0 after recording it (the
// caller calls repr_leave when done).
int repr_enter(Object* o);
void repr_leave(Object* o);

// A hash slot that raises TypeError "unhashable type: 'list'".
int64_t hash_unhashable(Object* self);

// The `iter` slot of iterators: `iter(it) is it`.
Object* iter_self(Object* self);

// True if `o` can be used as a sequence index: an int or an object whose
// type has `__index__` (nb_index).
bool is_index_like(const Object* o);

// `i` made absolute for a sequence of `n` items (negative counts from the
// end); false if it falls outside [0, n).
inline bool seq_normalize_index(intptr_t* i, intptr_t n) {
  if (*i < 0) *i += n;
  return static_cast<uintptr_t>(*i) < static_cast<uintptr_t>(n);
}

// The optional start/stop arguments of `index(x, start, stop)` (tuple, list,
// range): clamped like CPython's _PyEval_SliceIndexNotNone.  `arg` may be
// null (absent).  Returns false with TypeError set for a non-integer.
bool clamp_slice_index(Object* arg, intptr_t* out);

// The operands of `seq * n` / `n * seq` for the binop slot of a sequence
// type: sets *seq and *count and returns 1; returns 0 when the other operand
// is not an integer (the caller returns NotImplemented and binary_op names
// the sequence rule in its TypeError); returns -1 with an OverflowError for
// a count beyond intptr_t.  `is_own` tells whether an operand is of the
// caller's sequence type.
int seq_repeat_operands(Object* a, Object* b, bool (*is_own)(const Object*), Object** seq,
                        intptr_t* count);

// The CompareOp that gives the same answer with the operands swapped
// (`a < b` is `b > a`).
CompareOp compare_swapped(CompareOp op);

// The result of comparing two C values with `op` (for lengths and sizes).
template <typename T>
bool compare_values(T a, T b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
  }
  return false;
}

}  // namespace frost
