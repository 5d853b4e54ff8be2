/*
 * range_slice.h — `range` and `slice`.
 * A range whose bounds fit in int64 iterates without allocating ints beyond
 * the cached small ones.  A range holds only ints, so it is not a GC
 * container; a slice may hold anything and is one.
 */
#pragma once

#include "vm/type.h"

namespace frost {

struct RangeObject : Object {
  Object* start;   // ints
  Object* stop;
  Object* step;
  Object* length;
};

struct SliceObject : Object {
  Object* start;   // None when omitted
  Object* stop;
  Object* step;
};

extern TypeObject RangeType;
extern TypeObject SliceType;

inline bool is_slice(const Object* o) { return type_of(o) == &SliceType; }
inline bool is_range(const Object* o) { return type_of(o) == &RangeType; }
Object* slice_new(Object* start, Object* stop, Object* step);  // borrowed; null means None
// The two halves of `seq[slice]` for every sequence type (CPython's
// PySlice_Unpack and PySlice_AdjustIndices):
//  - slice_unpack reads start/stop/step as C integers, huge values clamped,
//    omitted bounds set to the extremes for the step's direction.  Raises
//    ValueError "slice step cannot be zero" or TypeError "slice indices must
//    be integers or None or have an __index__ method"; false on error.
//  - slice_adjust_indices clips them to a sequence of `length` items and
//    returns the number of items the slice selects.  Then item k of the
//    slice is at start + k*step.
bool slice_unpack(Object* slice, intptr_t* start, intptr_t* stop, intptr_t* step);
intptr_t slice_adjust_indices(intptr_t length, intptr_t* start, intptr_t* stop, intptr_t step);

// range(start, stop, step) from int objects (borrowed); ValueError if step
// is zero.
Object* range_new(Object* start, Object* stop, Object* step);

// The iterator over a range whose values fit in int64: the eval loop's
// FOR_ITER can step it inline (value = start; start += step; len--) and box
// the value with int_from_i64.  Ranges beyond int64 get a "longrange_iterator"
// holding int objects.
struct RangeIterObject : Object {
  int64_t start;  // the next value
  int64_t step;
  int64_t len;    // values left
};
extern TypeObject RangeIterType;
extern TypeObject LongRangeIterType;

}  // namespace frost
