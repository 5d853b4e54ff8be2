/*
 * int.h — `int` and `bool`.
 *
 * An int holds its value inline as int64 while it fits and switches to a GMP
 * integer past that; the representation is always normalised (a value that
 * fits in int64 is never big), so "both small" is the fast path of every
 * operation and of the eval loop.  Small ints from -5 to 1024 are cached,
 * immortal objects (invariant 8).  bool is a subclass of int; True and False
 * are immortal IntObjects of BoolType.  Hashes follow CPython (modulus 2**61-1)
 * so that sets and dicts of ints iterate in CPython's order.
 *
 * Implemented in vm/types/int.cpp (objects, conversions, parsing, hashing,
 * the types), int_ops.cpp (arithmetic, comparison, pow), int_methods.cpp
 * (methods, to_bytes/from_bytes, __format__).
 *
 * Fast paths for the eval loop: when both operands are exact ints
 * (is_exact_int) and small (int_is_small), `+ - *` can be done inline with
 * __builtin_*_overflow on int_small_value() and int_from_i64() on the result
 * (int_from_i128() when it overflows); comparisons compare the int64 values.
 * Otherwise call int_binop / int_richcompare directly when both are ints.
 */
#pragma once

#include <gmp.h>
#include <string>

#include "vm/type.h"

namespace frost {

struct IntObject : Object {
  int64_t value;     // the value when `big` is null
  __mpz_struct* big; // owned; non-null only when the value does not fit int64
};

extern TypeObject IntType;
extern TypeObject BoolType;
extern IntObject TrueObject, FalseObject;
inline Object* const True = &TrueObject;
inline Object* const False = &FalseObject;

inline bool is_int(const Object* o) { return type_has_flag(type_of(o), kIntSubclass); }
inline bool is_exact_int(const Object* o) { return type_of(o) == &IntType; }
inline bool is_bool(const Object* o) { return type_of(o) == &BoolType; }
inline bool int_is_small(const Object* o) { return static_cast<const IntObject*>(o)->big == nullptr; }
inline int64_t int_small_value(const Object* o) { return static_cast<const IntObject*>(o)->value; }
inline Object* bool_from(bool b) { return b ? True : False; }

// The cached small ints: int_from_i64 returns these immortal objects for
// values in [kSmallIntMin, kSmallIntMax].
constexpr int64_t kSmallIntMin = -5;
constexpr int64_t kSmallIntMax = 1024;

Object* int_from_i64(int64_t v);
Object* int_from_u64(uint64_t v);
Object* int_from_i128(__int128 v);
Object* int_from_double(double d);   // truncates; OverflowError/ValueError for inf/nan
Object* int_from_mpz(const mpz_t v); // copies; normalises
// Takes over the limbs of `v` (which the caller must not clear or use
// afterwards); normalises.
Object* int_from_mpz_move(mpz_t v);
// Parses like int(s, base): whitespace, sign, underscores, prefixes for base 0,
// Unicode decimal digits and spaces; `s` is UTF-8.  Raises ValueError
// "invalid literal for int() with base 10: 's'", the base-range ValueError,
// or the digit-limit ValueError (see int_max_str_digits).
Object* int_from_string(const char* s, size_t len, int base);
// int(x) for one argument: ints (an exact int result), str/bytes/bytearray
// (base 10), objects with __int__, __index__ or __trunc__ (via the nb_int and
// nb_index slots, then the method), otherwise TypeError as CPython.
Object* int_from_object(Object* o);
// The value as int64: OverflowError "Python int too large to convert to C
// long" if it does not fit.  `o` must be an int.
bool int_as_i64(Object* o, int64_t* out);
// Correctly rounded (half-even) conversion; on overflow sets *overflow and
// raises OverflowError "int too large to convert to float".
double int_as_double(Object* o, bool* overflow);
int int_sign(Object* o);
// Three-way comparison of two ints: -1, 0 or 1.
int int_compare(Object* a, Object* b);
// Exact comparison of an int with a double, as CPython compares int with
// float: -1, 0 or 1; 2 when `d` is a NaN (unordered).
int int_compare_double(Object* i, double d);
// Number of bits of abs(o) (int.bit_length()).
uint64_t int_bit_length(Object* o);
// The decimal text without the digit limit (for internal uses: the
// disassembler, error messages).  Guest-visible conversions use int_repr.
std::string int_to_decimal(Object* o);
// str(o)/repr(o) of an int as a str object, with the digit limit: ValueError
// "Exceeds the limit (4300 digits) for integer string conversion; use
// sys.set_int_max_str_digits() to increase the limit".
Object* int_repr(Object* o);
// Sets `out` (initialised by the caller) to the value of `o` (small or big).
void int_to_mpz(Object* o, mpz_t out);
Object* int_to_base_string(Object* o, int base);  // hex/oct/bin: "0x1f", "-0b101"
int64_t int_hash(Object* o);
// CPython's hash of a small value (modulus 2**61-1, -1 becomes -2).
inline int64_t int_hash_i64(int64_t v) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(a % kModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

// The slots, callable directly when both operands are known to be ints
// (binop returns NotImplemented for other operand types).
Object* int_binop(Object* a, Object* b, BinOp op);
Object* int_richcompare(Object* a, Object* b, CompareOp op);
// divmod(a, b) for ints: a (quotient, remainder) tuple with floor semantics;
// NotImplemented unless both are ints.
Object* int_divmod(Object* a, Object* b);
// pow(base, exp, mod) for three ints (3.8+: a negative exponent uses the
// modular inverse; "base is not invertible for the given modulus",
// "pow() 3rd argument cannot be 0").  TypeError "pow() 3rd argument not
// allowed unless all arguments are integers" if any is not an int.
Object* int_power_mod(Object* base, Object* exp, Object* mod);
Object* int_abs(Object* o);
// format(o, spec) for an int; `spec` is a str.
Object* int_format(Object* o, Object* spec);

// sys.get_int_max_str_digits() / sys.set_int_max_str_digits(n): the limit on
// decimal (non-power-of-two base) conversions; 0 means no limit.  The setter
// raises ValueError "maxdigits must be 0 or larger than 640".
intptr_t int_get_max_str_digits();
bool int_set_max_str_digits(intptr_t n);

}  // namespace frost
