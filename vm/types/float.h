/*
 * float.h — `float`: an IEEE double.  repr is the shortest string that round
 * trips (std::to_chars) in Python's format ('1e+16', '0.1', 'inf', 'nan').
 * Hashes follow CPython so that float keys order like CPython's.
 *
 * Implemented in vm/types/float.cpp (objects, arithmetic, comparison, hash,
 * float(), methods) and float_format.cpp (repr, formatting, round, hex).
 *
 * Fast paths for the eval loop: when both operands are exact floats
 * (type_of(o) == &FloatType), `+ - *` are float_from_double(a op b) and
 * comparisons compare the doubles; `/`, `//`, `%` and `**` need the checks in
 * float_binop.  Mixed int/float operands: call float_binop and
 * float_richcompare, which accept ints on either side.
 */
#pragma once

#include <string>
#include <string_view>

#include "vm/type.h"

namespace frost {

struct FloatObject : Object {
  double value;
};

extern TypeObject FloatType;

inline bool is_float(const Object* o) { return is_instance_of(o, &FloatType); }
inline bool is_exact_float(const Object* o) { return type_of(o) == &FloatType; }
inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->value; }
Object* float_from_double(double d);
// float(x) for any object: float, int, str, bytes, objects with
// __float__/__index__ (the nb_float and nb_index slots).  Exact float result.
Object* float_from_object(Object* o);
// The value of a float or int (int converted, OverflowError if too large),
// or of an object with __float__ or __index__; TypeError "must be real
// number, not str" otherwise.  For math-like functions.
bool number_as_double(Object* o, double* out);
// Parses Python's float() syntax (whitespace, sign, digits with single
// underscores between them, exponent, inf/infinity/nan in any case) from
// UTF-8 text, Unicode digits and spaces included.  False, *without* an
// exception, when the text is not a float literal.
bool float_parse(std::string_view text, double* out);
// float(s) for a str's UTF-8 text: ValueError "could not convert string to
// float: 's'" when invalid.
Object* float_from_string(const char* s, size_t len);

std::string float_repr_string(double d);   // Python's repr(float)
// CPython's PyOS_double_to_string: `type` is one of 'e' 'E' 'f' 'F' 'g' 'G'
// 'r' (repr; precision must be 0), flags from FloatToStringFlags.  For
// printf-style formatting ('%.3f' is float_to_string(d, 'f', 3, 0)).
enum FloatToStringFlags : unsigned {
  kFloatAlwaysSign = 1,   // '+' before non-negative numbers
  kFloatAddDot0 = 2,      // integral results keep ".0" ('r' and 'g')
  kFloatAlt = 4,          // '#': keep trailing zeros / the decimal point
  kFloatNoNegZero = 8,    // 'z': a result that rounds to zero loses its '-'
};
std::string float_to_string(double d, char type, int precision, unsigned flags);
// CPython's hash of a double.  NaN hashes by identity in 3.11, which a bare
// double cannot do: this returns 0 for NaN, and the float type's hash slot
// uses the object's address instead.
int64_t float_hash(double d);
// format(d, spec) core shared with str.__format__/% formatting; `spec` is a
// str.  ValueError for specs that do not apply to floats.
Object* float_format(double d, Object* spec);

// The slots, callable directly (both accept ints on either side and return
// NotImplemented for other operand types).
Object* float_binop(Object* a, Object* b, BinOp op);
Object* float_richcompare(Object* a, Object* b, CompareOp op);
// divmod(a, b) when either is a float and the other a float or an int.
Object* float_divmod(Object* a, Object* b);

}  // namespace frost
