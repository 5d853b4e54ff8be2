/*
 * float.h — `float`: an IEEE double.  repr is the shortest string that round
 * trips (std::to_chars) in Python's format ('1e+16', '0.1', 'inf', 'nan').
 * Hashes follow CPython so that float keys order like CPython's.
 */
#pragma once

#include <string>

#include "vm/type.h"

namespace frost {

struct FloatObject : Object {
  double value;
};

extern TypeObject FloatType;

inline bool is_float(const Object* o) { return is_instance_of(o, &FloatType); }
inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->value; }
Object* float_from_double(double d);
// float(x) for any object: float, int, str, objects with __float__/__index__.
Object* float_from_object(Object* o);
// The value of a float or int (int converted, OverflowError if too large);
// TypeError naming `what` otherwise.  For math-like functions.
bool number_as_double(Object* o, double* out);
std::string float_repr_string(double d);   // Python's repr(float)
int64_t float_hash(double d);
// format(d, spec) core shared with str.__format__/% formatting.
Object* float_format(double d, Object* spec);

}  // namespace frost
