/*
 * range_slice.h — `range` and `slice`.
 * A range whose bounds fit in int64 iterates without allocating ints beyond
 * the cached small ones.
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
Object* slice_new(Object* start, Object* stop, Object* step);  // borrowed; null means None
// Python's slice.indices(length) clamping; returns the slice length.
// Raises ValueError "slice step cannot be zero".
bool slice_unpack(Object* slice, intptr_t* start, intptr_t* stop, intptr_t* step);
intptr_t slice_adjust_indices(intptr_t length, intptr_t* start, intptr_t* stop, intptr_t step);

}  // namespace frost
