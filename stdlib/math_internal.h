/*
 * math_internal.h — the integer functions of the `math` module
 * (math_int.cpp), which math.cpp lists in the module's method table.
 */
#pragma once

#include "vm/type.h"

namespace frost {

Object* math_gcd(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* math_lcm(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* math_factorial(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* math_comb(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* math_perm(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* math_isqrt(Object* self, Object* const* args, size_t nargs, Object* kwnames);

}  // namespace frost
