/*
 * math_int.cpp — the integer functions of `math`: gcd, lcm, factorial,
 * comb, perm and isqrt, exact on ints of any size (GMP), with CPython's
 * argument rules (operator.index on every argument, so floats are refused)
 * and messages.
 */
#include <gmp.h>

#include <climits>

#include "stdlib/math_internal.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

// An mpz_t that clears itself.
class Mpz {
 public:
  Mpz() { mpz_init(v_); }
  ~Mpz() {
    if (live_) mpz_clear(v_);
  }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return v_; }
  // The value as an int object; the limbs move into it.
  Object* take() {
    live_ = false;
    return int_from_mpz_move(v_);
  }

 private:
  mpz_t v_;
  bool live_ = true;
};

// operator.index(o) into `out`; false with TypeError for a non-integer.
bool index_mpz(Object* o, mpz_ptr out) {
  Object* i = number_index(o);
  if (!i) return false;
  int_to_mpz(i, out);
  decref(i);
  return true;
}

// gcd and lcm fold their arguments.
Object* fold(const char* name, Object* const* args, size_t nargs, Object* kwnames, bool lcm) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "%s() takes no keyword arguments", name);
  Mpz acc, x;
  mpz_set_ui(acc.get(), lcm ? 1 : 0);
  for (size_t i = 0; i < nargs; i++) {
    if (!index_mpz(args[i], x.get())) return nullptr;
    if (i == 0) mpz_abs(acc.get(), x.get());
    else if (lcm) mpz_lcm(acc.get(), acc.get(), x.get());
    else mpz_gcd(acc.get(), acc.get(), x.get());
  }
  return acc.take();
}

// A non-negative n or k of comb/perm.
bool comb_arg(Object* o, const char* which, mpz_ptr out) {
  if (!index_mpz(o, out)) return false;
  if (mpz_sgn(out) < 0) {
    raise(&exc::ValueError, "%s must be a non-negative integer", which);
    return false;
  }
  return true;
}

}  // namespace

Object* math_gcd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return fold("math.gcd", args, nargs, kwnames, false);
}

Object* math_lcm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return fold("math.lcm", args, nargs, kwnames, true);
}

Object* math_factorial(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.factorial", nargs, kwnames, 1, 1)) return nullptr;
  Object* n = number_index(args[0]);
  if (!n) return nullptr;
  int64_t v;
  bool fits = int_as_i64(n, &v);
  int sign = int_sign(n);
  decref(n);
  if (!fits) {
    error_clear();
    if (sign < 0) return raise(&exc::ValueError, "factorial() not defined for negative values");
    return raise(&exc::OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
  }
  if (v < 0) return raise(&exc::ValueError, "factorial() not defined for negative values");
  Mpz r;
  mpz_fac_ui(r.get(), static_cast<unsigned long>(v));
  return r.take();
}

Object* math_comb(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("comb", nargs, kwnames, 2, 2)) return nullptr;
  Mpz n, k, r;
  if (!comb_arg(args[0], "n", n.get()) || !comb_arg(args[1], "k", k.get())) return nullptr;
  if (mpz_cmp(k.get(), n.get()) > 0) return int_from_i64(0);
  // comb(n, k) == comb(n, n - k): the smaller one must fit a C integer.
  Mpz nk;
  mpz_sub(nk.get(), n.get(), k.get());
  mpz_ptr small = mpz_cmp(nk.get(), k.get()) < 0 ? nk.get() : k.get();
  if (!mpz_fits_ulong_p(small))
    return raise(&exc::OverflowError, "min(n - k, k) must not exceed %lld", static_cast<long long>(LLONG_MAX));
  mpz_bin_ui(r.get(), n.get(), mpz_get_ui(small));
  return r.take();
}

Object* math_perm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("perm", nargs, kwnames, 1, 2)) return nullptr;
  Mpz n, k, r;
  if (!comb_arg(args[0], "n", n.get())) return nullptr;
  if (nargs == 1 || args[1] == None) {
    if (!mpz_fits_ulong_p(n.get()))
      return raise(&exc::OverflowError, "n must not exceed %lld", static_cast<long long>(LLONG_MAX));
    mpz_fac_ui(r.get(), mpz_get_ui(n.get()));
    return r.take();
  }
  if (!comb_arg(args[1], "k", k.get())) return nullptr;
  if (mpz_cmp(k.get(), n.get()) > 0) return int_from_i64(0);
  if (!mpz_fits_ulong_p(k.get()))
    return raise(&exc::OverflowError, "k must not exceed %lld", static_cast<long long>(LLONG_MAX));
  // n! / (n-k)! = comb(n, k) * k!
  Mpz f;
  mpz_bin_ui(r.get(), n.get(), mpz_get_ui(k.get()));
  mpz_fac_ui(f.get(), mpz_get_ui(k.get()));
  mpz_mul(r.get(), r.get(), f.get());
  return r.take();
}

Object* math_isqrt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("math.isqrt", nargs, kwnames, 1, 1)) return nullptr;
  Mpz n;
  if (!index_mpz(args[0], n.get())) return nullptr;
  if (mpz_sgn(n.get()) < 0) return raise(&exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.get(), n.get());
  return n.take();
}

}  // namespace frost
