/*
 * math.cpp — the `math` module: CPython 3.11's functions on floats, with its
 * error rules and messages.
 *
 * Error rules (CPython's math_1/math_2, after C99 Annex F): a NaN result
 * from non-NaN arguments is ValueError "math domain error"; an infinite
 * result from finite arguments is OverflowError "math range error" for
 * functions that can overflow (exp, cosh, ...) and ValueError otherwise (a
 * singularity such as atanh(1)); libm's errno catches what remains, with
 * underflow ignored.  Arguments convert as float() would (ints of any size,
 * OverflowError past the float range, TypeError "must be real number").
 *
 * log, log2 and log10 take ints of any size (log(10**400) works through the
 * int's binary exponent); floor, ceil and trunc return ints (through
 * __floor__/__ceil__/__trunc__ for other types).  gamma and lgamma use
 * CPython's own Lanczos approximation (N=13, g=6.0246...) rather than libm's,
 * so that they give CPython's digits; hypot and dist use the same
 * compensated, scaled sum of squares as CPython's vector_norm; fsum is
 * Shewchuk's exact summation with CPython's final half-even correction.
 * The integer functions (gcd, lcm, factorial, comb, perm, isqrt) are in
 * math_int.cpp.
 */
#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "stdlib/math_internal.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

Object* domain_error() { return raise(&exc::ValueError, "math domain error"); }
Object* range_error() { return raise(&exc::OverflowError, "math range error"); }

// CPython's is_error: errno set by libm (or by the special-value code) to
// an exception; false (no exception) for an underflow.
bool is_error(double r) {
  if (errno == EDOM) {
    domain_error();
    return true;
  }
  if (errno == ERANGE) {
    if (std::fabs(r) < 1.5) return false;   // underflow
    range_error();
    return true;
  }
  raise(&exc::ValueError, "math domain error");
  return true;
}

// math_1: a libm function of one float.
Object* math_1(Object* arg, double (*f)(double), bool can_overflow) {
  double x;
  if (!number_as_double(arg, &x)) return nullptr;
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  if (std::isfinite(r) && errno && is_error(r)) return nullptr;
  return float_from_double(r);
}

// math_1a: for functions that set errno themselves (erf, gamma, ...).
Object* math_1a(Object* arg, double (*f)(double)) {
  double x;
  if (!number_as_double(arg, &x)) return nullptr;
  errno = 0;
  double r = f(x);
  if (errno && is_error(r)) return nullptr;
  return float_from_double(r);
}

// math_2: a libm function of two floats.
Object* math_2(const char* name, Object* const* args, size_t nargs, Object* kwnames, double (*f)(double, double)) {
  if (!check_args(name, nargs, kwnames, 2, 2)) return nullptr;
  double x, y;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  errno = 0;
  double r = f(x, y);
  if (std::isnan(r)) errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  else if (std::isinf(r)) errno = std::isfinite(x) && std::isfinite(y) ? ERANGE : 0;
  if (errno && is_error(r)) return nullptr;
  return float_from_double(r);
}

// ---- special functions ---------------------------------------------------------------

// sin(pi*x), accurate near integers (for the reflection formula).
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;   // not -sin(pi*(y-1)): keeps +0.0
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// The Lanczos approximation (N=13, g=6.024680040776729583740234375, Boost's
// parameters) as the rational function num(x)/den(x).
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator is x*(x+1)*...*(x+N-2).
constexpr double kLanczosDen[kLanczosN] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};
constexpr double kGammaIntegral[] = {1.0,
                                     1.0,
                                     2.0,
                                     6.0,
                                     24.0,
                                     120.0,
                                     720.0,
                                     5040.0,
                                     40320.0,
                                     362880.0,
                                     3628800.0,
                                     39916800.0,
                                     479001600.0,
                                     6227020800.0,
                                     87178291200.0,
                                     1307674368000.0,
                                     20922789888000.0,
                                     355687428096000.0,
                                     6402373705728000.0,
                                     121645100408832000.0,
                                     2432902008176640000.0,
                                     51090942171709440000.0,
                                     1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  // For large x the polynomials are evaluated in 1/x to avoid overflow.
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double m_tgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= static_cast<double>(std::size(kGammaIntegral))) return kGammaIntegral[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, scaled: a cheap correction of pow/exp below.
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double m_lgamma(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }

// log, log2, log10 with C99's special values and errno.
double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}
double m_log2(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}
double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

// The log of an int too large for a float: its top bits, correctly
// rounded, times 2**e.
double big_int_log(Object* n, double (*f)(double)) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  size_t bits = mpz_sizeinbase(z, 2);
  mpz_t top;
  mpz_init(top);
  mpz_tdiv_q_2exp(top, z, bits - 64);
  uint64_t m = mpz_getlimbn(top, 0);
  if (mpz_scan1(z, 0) < bits - 64) m |= 1;   // sticky bit: exact rounding below
  mpz_clear(top);
  mpz_clear(z);
  double x = std::ldexp(static_cast<double>(m), -64);
  return f(x) + f(2.0) * static_cast<double>(bits);
}

// loghelper: ints of any size, else math_1.
Object* log_of(Object* arg, double (*f)(double)) {
  if (is_int(arg)) {
    if (int_sign(arg) <= 0) return domain_error();
    bool overflow = false;
    double x = int_as_double(arg, &overflow);
    if (overflow) {
      error_clear();
      return float_from_double(big_int_log(arg, f));
    }
    return float_from_double(f(x));
  }
  return math_1(arg, f, false);
}

// ---- the functions -----------------------------------------------------------------

#define MATH_FUNC1(name, fn, can_overflow)                                                  \
  Object* math_##name(Object*, Object* const* args, size_t nargs, Object* kwnames) {       \
    if (!check_args("math." #name, nargs, kwnames, 1, 1)) return nullptr;                   \
    return math_1(args[0], [](double x) { return static_cast<double>(fn(x)); }, can_overflow); \
  }
#define MATH_FUNC1A(name, fn)                                                          \
  Object* math_##name(Object*, Object* const* args, size_t nargs, Object* kwnames) {  \
    if (!check_args("math." #name, nargs, kwnames, 1, 1)) return nullptr;              \
    return math_1a(args[0], fn);                                                       \
  }

MATH_FUNC1(acos, std::acos, false)
MATH_FUNC1(acosh, std::acosh, false)
MATH_FUNC1(asin, std::asin, false)
MATH_FUNC1(asinh, std::asinh, false)
MATH_FUNC1(atan, std::atan, false)
MATH_FUNC1(atanh, std::atanh, false)
MATH_FUNC1(cbrt, std::cbrt, false)
MATH_FUNC1(cos, std::cos, false)
MATH_FUNC1(cosh, std::cosh, true)
MATH_FUNC1(exp, std::exp, true)
MATH_FUNC1(exp2, std::exp2, true)
MATH_FUNC1(expm1, std::expm1, true)
MATH_FUNC1(fabs, std::fabs, false)
MATH_FUNC1(log1p, std::log1p, false)
MATH_FUNC1(sin, std::sin, false)
MATH_FUNC1(sinh, std::sinh, true)
MATH_FUNC1(sqrt, std::sqrt, false)
MATH_FUNC1(tan, std::tan, false)
MATH_FUNC1(tanh, std::tanh, false)
MATH_FUNC1A(erf, m_erf)
MATH_FUNC1A(erfc, m_erfc)
MATH_FUNC1A(gamma, m_tgamma)
MATH_FUNC1A(lgamma, m_lgamma)

Object* math_log(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "math.log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) return raise(&exc::TypeError, "math.log requires 1 to 2 arguments");
  Object* num = log_of(args[0], m_log);
  if (!num || nargs == 1) return num;
  Object* den = log_of(args[1], m_log);
  if (!den) {
    decref(num);
    return nullptr;
  }
  Object* r = binary_op(num, den, BinOp::TrueDiv);
  decref(num);
  decref(den);
  return r;
}

Object* math_log2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.log2", nargs, kwnames, 1, 1)) return nullptr;
  return log_of(args[0], m_log2);
}

Object* math_log10(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.log10", nargs, kwnames, 1, 1)) return nullptr;
  return log_of(args[0], m_log10);
}

double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
double m_remainder(double x, double y) { return std::remainder(x, y); }

Object* math_atan2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return math_2("atan2", args, nargs, kwnames, m_atan2);
}
Object* math_copysign(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return math_2("copysign", args, nargs, kwnames, m_copysign);
}
Object* math_remainder(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return math_2("remainder", args, nargs, kwnames, m_remainder);
}

Object* math_fmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fmod", nargs, kwnames, 2, 2)) return nullptr;
  double x, y;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return float_from_double(x);   // fmod(x, ±inf) is x
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r)) errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  if (errno && is_error(r)) return nullptr;
  return float_from_double(r);
}

// math.pow: IEEE special values first, as C99 Annex F specifies them.
Object* math_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pow", nargs, kwnames, 2, 2)) return nullptr;
  double x, y, r;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  errno = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {  // y is infinite
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) errno = EDOM;                    // negative ** non-integer
      else errno = x == 0.0 ? EDOM : ERANGE;              // 0 ** negative, or overflow
    }
  }
  if (errno && is_error(r)) return nullptr;
  return float_from_double(r);
}

// __floor__/__ceil__/__trunc__ of a non-float, or null with *found false.
Object* call_special_opt(Object* x, const char* name, bool* found) {
  Object* descr = type_lookup(type_of(x), str_intern(name));
  *found = descr != nullptr;
  if (!descr) return nullptr;
  return call_unbound(descr, x, nullptr, 0);
}

Object* rounding(const char* fname, const char* special, Object* const* args, size_t nargs, Object* kwnames,
                 double (*f)(double)) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  Object* x = args[0];
  if (!is_exact_float(x)) {
    if (is_int(x)) return int_from_object(x);
    bool found;
    Object* r = call_special_opt(x, special, &found);
    if (found || r) return r;
  }
  double d;
  if (!number_as_double(x, &d)) return nullptr;
  return int_from_double(f(d));
}

Object* math_floor(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return rounding("math.floor", "__floor__", args, nargs, kwnames, [](double d) { return std::floor(d); });
}
Object* math_ceil(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return rounding("math.ceil", "__ceil__", args, nargs, kwnames, [](double d) { return std::ceil(d); });
}

Object* math_trunc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.trunc", nargs, kwnames, 1, 1)) return nullptr;
  Object* x = args[0];
  if (is_exact_float(x)) return int_from_double(std::trunc(float_value(x)));
  if (is_int(x)) return int_from_object(x);
  bool found;
  Object* r = call_special_opt(x, "__trunc__", &found);
  if (!found) return raise(&exc::TypeError, "type %s doesn't define __trunc__ method", type_name(x));
  return r;
}

Object* pair(double a, double b) {
  Object* x = float_from_double(a);
  Object* y = float_from_double(b);
  Object* t = x && y ? tuple_pack2(x, y) : nullptr;
  xdecref(x);
  xdecref(y);
  return t;
}

Object* math_modf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.modf", nargs, kwnames, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  if (std::isinf(x)) return pair(std::copysign(0.0, x), x);
  if (std::isnan(x)) return pair(x, x);
  double ip;
  double frac = std::modf(x, &ip);
  return pair(frac, ip);
}

Object* math_frexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.frexp", nargs, kwnames, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  int e = 0;
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);
  Object* m = float_from_double(x);
  Object* ex = int_from_i64(e);
  Object* t = m && ex ? tuple_pack2(m, ex) : nullptr;
  xdecref(m);
  xdecref(ex);
  return t;
}

Object* math_ldexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("ldexp", nargs, kwnames, 2, 2)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  if (!is_int(args[1])) return raise(&exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_as_i64(args[1], &e)) {
    error_clear();
    e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  }
  double r;
  errno = 0;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;
  } else if (e > INT32_MAX) {
    r = std::copysign(HUGE_VAL, x);
    errno = ERANGE;
  } else if (e < INT32_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) errno = ERANGE;
  }
  if (errno && is_error(r)) return nullptr;
  return float_from_double(r);
}

Object* math_degrees(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.degrees", nargs, kwnames, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  return float_from_double(x * (180.0 / kPi));
}

Object* math_radians(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.radians", nargs, kwnames, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  return float_from_double(x * (kPi / 180.0));
}

Object* predicate(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool (*p)(double)) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  return bool_from(p(x));
}
Object* math_isfinite(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return predicate("math.isfinite", args, nargs, kwnames, [](double x) { return static_cast<bool>(std::isfinite(x)); });
}
Object* math_isinf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return predicate("math.isinf", args, nargs, kwnames, [](double x) { return static_cast<bool>(std::isinf(x)); });
}
Object* math_isnan(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return predicate("math.isnan", args, nargs, kwnames, [](double x) { return static_cast<bool>(std::isnan(x)); });
}

Object* math_isclose(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs > 2)
    return raise(&exc::TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
  static const char* const kw[] = {"a", "b", "rel_tol", "abs_tol", nullptr};
  Object* a[4] = {};
  if (!parse_args("isclose", args, nargs, kwnames, kw, 2, a)) return nullptr;
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!number_as_double(a[0], &x) || !number_as_double(a[1], &y)) return nullptr;
  if (a[2] && !number_as_double(a[2], &rel_tol)) return nullptr;
  if (a[3] && !number_as_double(a[3], &abs_tol)) return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(&exc::ValueError, "tolerances must be non-negative");
  if (x == y) return True;
  if (std::isinf(x) || std::isinf(y)) return False;
  double diff = std::fabs(y - x);
  return bool_from(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

Object* math_nextafter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("nextafter", nargs, kwnames, 2, 2)) return nullptr;
  double x, y;
  if (!number_as_double(args[0], &x) || !number_as_double(args[1], &y)) return nullptr;
  return float_from_double(std::nextafter(x, y));
}

Object* math_ulp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.ulp", nargs, kwnames, 1, 1)) return nullptr;
  double x;
  if (!number_as_double(args[0], &x)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_from_double(x);
  double next = std::nextafter(x, HUGE_VAL);
  if (std::isinf(next)) return float_from_double(x - std::nextafter(x, -HUGE_VAL));
  return float_from_double(next - x);
}

// ---- norms: hypot and dist ---------------------------------------------------------------

// The exact product x*x as hi + lo (Dekker's split of x into 26-bit halves).
void square_exact(double x, double* hi, double* lo) {
  double t = x * 134217729.0;   // 2**27 + 1
  double xh = t - (t - x);
  double xl = x - xh;
  double p = xh * xh;
  double q = 2.0 * xh * xl;
  *hi = p + q;
  *lo = p - *hi + q + xl * xl;
}

// sqrt(sum(v*v)) for finite values whose largest magnitude is `max`:
// scaled by a power of two so that nothing overflows or underflows, summed
// with compensation, then corrected by one Newton step on the residual.
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // Subnormals: scaling by 2**-max_e would overflow; normalise first.
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : v) {
    x *= scale;
    double hi, lo;
    square_exact(x, &hi, &lo);
    double s = csum + hi;          // |csum| >= |hi|: fast two-sum
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  double hi, lo;
  square_exact(-h, &hi, &lo);
  hi = -hi;
  lo = -lo;
  double s = csum + hi;
  frac2 += (csum - s) + hi;
  csum = s;
  frac1 += lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

Object* math_hypot(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "math.hypot() takes no keyword arguments");
  std::vector<double> v(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; i++) {
    double x;
    if (!number_as_double(args[i], &x)) return nullptr;
    x = std::fabs(x);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_from_double(vector_norm(v, max, found_nan));
}

Object* math_dist(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("dist", nargs, kwnames, 2, 2)) return nullptr;
  Object* p = tuple_from_iterable(args[0]);
  if (!p) return nullptr;
  Object* q = tuple_from_iterable(args[1]);
  if (!q) {
    decref(p);
    return nullptr;
  }
  Object* r = nullptr;
  intptr_t n = tuple_size(p);
  if (n != tuple_size(q)) {
    raise(&exc::ValueError, "both points must have the same number of dimensions");
  } else {
    std::vector<double> v(static_cast<size_t>(n));
    double max = 0.0;
    bool found_nan = false, ok = true;
    for (intptr_t i = 0; ok && i < n; i++) {
      double a, b;
      ok = number_as_double(tuple_get(p, i), &a) && number_as_double(tuple_get(q, i), &b);
      if (!ok) break;
      double x = std::fabs(a - b);
      v[static_cast<size_t>(i)] = x;
      found_nan |= std::isnan(x);
      if (x > max) max = x;
    }
    if (ok) r = float_from_double(vector_norm(v, max, found_nan));
  }
  decref(p);
  decref(q);
  return r;
}

// ---- sums and products -----------------------------------------------------------------

// fsum: Shewchuk's algorithm.  `partials` holds non-overlapping floats of
// increasing magnitude whose exact sum is the sum so far.
Object* math_fsum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.fsum", nargs, kwnames, 1, 1)) return nullptr;
  Object* it = object_iter(args[0]);
  if (!it) return nullptr;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      if (error_occurred()) {
        decref(it);
        return nullptr;
      }
      break;
    }
    double x;
    bool ok = number_as_double(item, &x);
    decref(item);
    if (!ok) {
      decref(it);
      return nullptr;
    }
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // Either an inf/nan summand or an intermediate overflow.
        if (std::isfinite(xsave)) {
          decref(it);
          return raise(&exc::OverflowError, "intermediate overflow in fsum");
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  decref(it);
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(&exc::ValueError, "-inf + inf in fsum");
    return float_from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    // Sum from the top while the sum stays exact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_from_double(hi);
}

Object* math_prod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs != 1)
    return raise(&exc::TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
  static const char* const kw[] = {"iterable", "start", nullptr};
  Object* a[2] = {};
  if (!parse_args("prod", args, nargs, kwnames, kw, 1, a, 1)) return nullptr;
  Object* it = object_iter(a[0]);
  if (!it) return nullptr;
  Object* acc = a[1] ? newref(a[1]) : int_from_i64(1);
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    Object* r = binary_op(acc, item, BinOp::Mul);
    decref(item);
    decref(acc);
    acc = r;
    if (!acc) break;
  }
  decref(it);
  if (acc && error_occurred()) {
    decref(acc);
    return nullptr;
  }
  return acc;
}

MethodDef math_methods[] = {
    {"acos", math_acos, 0, "acos($module, x, /)\n--\n\nReturn the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."},
    {"acosh", math_acosh, 0, "acosh($module, x, /)\n--\n\nReturn the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "asin($module, x, /)\n--\n\nReturn the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"asinh", math_asinh, 0, "asinh($module, x, /)\n--\n\nReturn the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "atan($module, x, /)\n--\n\nReturn the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"atan2", math_atan2, 0, "atan2($module, y, x, /)\n--\n\nReturn the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."},
    {"atanh", math_atanh, 0, "atanh($module, x, /)\n--\n\nReturn the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "cbrt($module, x, /)\n--\n\nReturn the cube root of x."},
    {"ceil", math_ceil, 0, "ceil($module, x, /)\n--\n\nReturn the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."},
    {"comb", math_comb, 0, "comb($module, n, k, /)\n--\n\nNumber of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, 0, "copysign($module, x, y, /)\n--\n\nReturn a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, 0, "cos($module, x, /)\n--\n\nReturn the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "cosh($module, x, /)\n--\n\nReturn the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "degrees($module, x, /)\n--\n\nConvert angle x from radians to degrees."},
    {"dist", math_dist, 0, "dist($module, p, q, /)\n--\n\nReturn the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "erf($module, x, /)\n--\n\nError function at x."},
    {"erfc", math_erfc, 0, "erfc($module, x, /)\n--\n\nComplementary error function at x."},
    {"exp", math_exp, 0, "exp($module, x, /)\n--\n\nReturn e raised to the power of x."},
    {"exp2", math_exp2, 0, "exp2($module, x, /)\n--\n\nReturn 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "expm1($module, x, /)\n--\n\nReturn exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."},
    {"fabs", math_fabs, 0, "fabs($module, x, /)\n--\n\nReturn the absolute value of the float x."},
    {"factorial", math_factorial, 0, "factorial($module, n, /)\n--\n\nFind n!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"floor", math_floor, 0, "floor($module, x, /)\n--\n\nReturn the floor of x as an Integral.\n\nThis is the largest integer <= x."},
    {"fmod", math_fmod, 0, "fmod($module, x, y, /)\n--\n\nReturn fmod(x, y), according to platform C.\n\nx % y may differ."},
    {"frexp", math_frexp, 0, "frexp($module, x, /)\n--\n\nReturn the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."},
    {"fsum", math_fsum, 0, "fsum($module, seq, /)\n--\n\nReturn an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic."},
    {"gamma", math_gamma, 0, "gamma($module, x, /)\n--\n\nGamma function at x."},
    {"gcd", math_gcd, 0, "gcd($module, *integers)\n--\n\nGreatest Common Divisor."},
    {"hypot", math_hypot, 0, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, 0, "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, 0, "isfinite($module, x, /)\n--\n\nReturn True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, 0, "isinf($module, x, /)\n--\n\nReturn True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, 0, "isnan($module, x, /)\n--\n\nReturn True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, 0, "isqrt($module, n, /)\n--\n\nReturn the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "lcm($module, *integers)\n--\n\nLeast Common Multiple."},
    {"ldexp", math_ldexp, 0, "ldexp($module, x, i, /)\n--\n\nReturn x * (2**i).\n\nThis is essentially the inverse of frexp()."},
    {"lgamma", math_lgamma, 0, "lgamma($module, x, /)\n--\n\nNatural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x."},
    {"log10", math_log10, 0, "log10($module, x, /)\n--\n\nReturn the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "log1p($module, x, /)\n--\n\nReturn the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."},
    {"log2", math_log2, 0, "log2($module, x, /)\n--\n\nReturn the base 2 logarithm of x."},
    {"modf", math_modf, 0, "modf($module, x, /)\n--\n\nReturn the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."},
    {"nextafter", math_nextafter, 0, "nextafter($module, x, y, /)\n--\n\nReturn the next floating-point value after x towards y."},
    {"perm", math_perm, 0, "perm($module, n, k=None, /)\n--\n\nNumber of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, 0, "pow($module, x, y, /)\n--\n\nReturn x**y (x to the power of y)."},
    {"prod", math_prod, 0, "prod($module, iterable, /, *, start=1)\n--\n\nCalculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "radians($module, x, /)\n--\n\nConvert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "remainder($module, x, y, /)\n--\n\nDifference between x and the closest integer multiple of y."},
    {"sin", math_sin, 0, "sin($module, x, /)\n--\n\nReturn the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "sinh($module, x, /)\n--\n\nReturn the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "sqrt($module, x, /)\n--\n\nReturn the square root of x."},
    {"tan", math_tan, 0, "tan($module, x, /)\n--\n\nReturn the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "tanh($module, x, /)\n--\n\nReturn the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "trunc($module, x, /)\n--\n\nTruncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."},
    {"ulp", math_ulp, 0, "ulp($module, x, /)\n--\n\nReturn the value of the least significant bit of the float x."},
    {nullptr},
};

int math_exec(Object* m) {
  struct {
    const char* name;
    double value;
  } constants[] = {
      {"pi", kPi}, {"e", 2.718281828459045235360287471352662498}, {"tau", 2 * kPi}, {"inf", HUGE_VAL}, {"nan", NAN},
  };
  for (auto& c : constants) {
    Object* v = float_from_double(c.value);
    if (!v || module_add(m, c.name, v) < 0) {
      xdecref(v);
      return -1;
    }
    decref(v);
  }
  return 0;
}

ModuleDef math_module_def = {
    "math",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
    math_methods,
    math_exec,
};

ModuleRegistrar math_registrar(&math_module_def);

}  // namespace

}  // namespace frost
