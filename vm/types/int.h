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

Object* int_from_i64(int64_t v);
Object* int_from_u64(uint64_t v);
Object* int_from_double(double d);   // truncates; OverflowError/ValueError for inf/nan
Object* int_from_mpz(const mpz_t v); // copies; normalises
// Parses like int(s, base): whitespace, sign, underscores, prefixes for base 0.
// Raises ValueError "invalid literal for int() with base 10: 's'".
Object* int_from_string(const char* s, size_t len, int base);
// The value as int64: OverflowError "Python int too large to convert to C
// long" if it does not fit.  `o` must be an int.
bool int_as_i64(Object* o, int64_t* out);
double int_as_double(Object* o, bool* overflow);  // OverflowError set on overflow
int int_sign(Object* o);
std::string int_to_decimal(Object* o);
// Appends the mpz value of `o` (small or big) to `out` (initialised by the caller).
void int_to_mpz(Object* o, mpz_t out);
Object* int_to_base_string(Object* o, int base);  // hex/oct/bin: "0x1f", "-0b101"
int64_t int_hash(Object* o);

}  // namespace frost
