/*
 * int_ops.cpp — int arithmetic: the binop, unary and richcompare slots,
 * divmod, pow with and without a modulus, and true division.
 *
 * Every operation first tries both operands small (int64) with overflow
 * checks, widening to __int128 or falling to GMP only when needed; results
 * are normalised by int_from_i64/int_from_i128/int_from_mpz_move.  Floor
 * division and modulo round toward negative infinity as Python's do (GMP's
 * fdiv functions); & | ^ ~ >> treat negative numbers as infinite two's
 * complement (GMP's logical functions do the same).
 *
 * True division of ints is correctly rounded even for huge operands
 * (CPython's long_true_divide, which this ports): the quotient is computed to
 * 55 or 56 significant bits with a sticky bit, then rounded half-even once.
 */
#include <cfloat>
#include <cmath>

#include "vm/types/number_internal.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

Object* raise_zero_division_floor() {
  return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
}

bool is_zero(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  return !i->big && i->value == 0;
}

// a / b for ints, correctly rounded; b != 0.
Object* int_true_divide(Object* a, Object* b) {
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  constexpr int64_t kExact = int64_t{1} << DBL_MANT_DIG;
  if (!x->big && !y->big && x->value >= -kExact && x->value <= kExact && y->value >= -kExact &&
      y->value <= kExact)
    return float_from_double(static_cast<double>(x->value) / static_cast<double>(y->value));

  bool negate = (int_sign(a) < 0) != (int_sign(b) < 0);
  if (int_sign(a) == 0) return float_from_double(negate ? -0.0 : 0.0);
  MpzArg A(a), B(b);
  int64_t a_bits = static_cast<int64_t>(mpz_sizeinbase(A, 2));
  int64_t b_bits = static_cast<int64_t>(mpz_sizeinbase(B, 2));
  int64_t diff = a_bits - b_bits;
  if (diff > DBL_MAX_EXP)
    return raise(&exc::OverflowError, "integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return float_from_double(negate ? -0.0 : 0.0);

  // x = |a| * 2**-shift, with the bits shifted out remembered in `inexact`.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  mpz_t num, q, r;
  mpz_inits(num, q, r, nullptr);
  mpz_abs(num, A);
  bool inexact = false;
  if (shift <= 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(-shift));
  } else {
    inexact = mpz_scan1(num, 0) < static_cast<mp_bitcnt_t>(shift);
    mpz_fdiv_q_2exp(num, num, static_cast<mp_bitcnt_t>(shift));
  }
  mpz_abs(r, B);
  mpz_tdiv_qr(q, r, num, r);
  if (mpz_sgn(r) != 0) inexact = true;
  int64_t x_bits = static_cast<int64_t>(mpz_sizeinbase(q, 2));
  uint64_t low = mpz_getlimbn(q, 0);  // q has at most DBL_MANT_DIG + 3 bits
  mpz_clears(num, q, r, nullptr);

  // Round half-even to DBL_MANT_DIG bits (fewer for a subnormal result).
  int64_t extra_bits = std::max<int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = uint64_t{1} << (extra_bits - 1);
  low |= inexact ? 1 : 0;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = static_cast<double>(low);
  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    return raise(&exc::OverflowError, "integer division result too large for a float");
  double result = std::ldexp(dx, static_cast<int>(shift));
  return float_from_double(negate ? -result : result);
}

// a ** b with b >= 0.
Object* int_pow_nonneg(Object* a, Object* b) {
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  if (!x->big) {
    int64_t base = x->value;
    if (base == 0) return int_from_i64(is_zero(b) ? 1 : 0);
    if (base == 1) return int_from_i64(1);
    if (base == -1) {
      bool odd = y->big ? mpz_odd_p(y->big) : (y->value & 1);
      return int_from_i64(odd ? -1 : 1);
    }
  }
  if (y->big) return raise_int_too_large();
  uint64_t e = static_cast<uint64_t>(y->value);
  if (!x->big) {
    // Square-and-multiply in int64 while nothing overflows.
    int64_t result = 1, base = x->value;
    uint64_t k = e;
    bool overflow = false;
    while (k) {
      if ((k & 1) && __builtin_mul_overflow(result, base, &result)) {
        overflow = true;
        break;
      }
      k >>= 1;
      if (k && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return int_from_i64(result);
  }
  uint64_t bits = int_bit_length(a) - 1;
  if (bits != 0 && e > kMaxIntBits / bits) return raise_int_too_large();
  MpzTemp t;
  mpz_pow_ui(t, MpzArg(a), e);
  return t.take();
}

Object* int_lshift(Object* a, Object* b) {
  if (int_sign(b) < 0) return raise(&exc::ValueError, "negative shift count");
  if (is_zero(a)) return int_from_i64(0);
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  if (y->big) return raise(&exc::OverflowError, "too many digits in integer");
  uint64_t n = static_cast<uint64_t>(y->value);
  if (!x->big && n < 64) {
    auto r = static_cast<int64_t>(static_cast<uint64_t>(x->value) << n);
    if ((r >> n) == x->value) return int_from_i64(r);
  }
  if (n > kMaxIntBits || int_bit_length(a) + n > kMaxIntBits) return raise_int_too_large();
  MpzTemp t;
  mpz_mul_2exp(t, MpzArg(a), n);
  return t.take();
}

Object* int_rshift(Object* a, Object* b) {
  if (int_sign(b) < 0) return raise(&exc::ValueError, "negative shift count");
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  int sign = int_sign(a);
  if (y->big || static_cast<uint64_t>(y->value) >= int_bit_length(a))
    return int_from_i64(sign < 0 ? -1 : 0);
  uint64_t n = static_cast<uint64_t>(y->value);
  if (!x->big) return int_from_i64(x->value >> n);  // arithmetic shift floors
  MpzTemp t;
  mpz_fdiv_q_2exp(t, x->big, n);
  return t.take();
}

// The operators when at least one operand is big.
Object* int_binop_big(Object* a, Object* b, BinOp op) {
  switch (op) {
    case BinOp::Add: case BinOp::Sub: {
      MpzTemp t;
      if (op == BinOp::Add) mpz_add(t, MpzArg(a), MpzArg(b));
      else mpz_sub(t, MpzArg(a), MpzArg(b));
      return t.take();
    }
    case BinOp::Mul: {
      if (int_bit_length(a) + int_bit_length(b) > kMaxIntBits) return raise_int_too_large();
      MpzTemp t;
      mpz_mul(t, MpzArg(a), MpzArg(b));
      return t.take();
    }
    case BinOp::FloorDiv: case BinOp::Mod: {
      if (is_zero(b))
        return op == BinOp::Mod ? raise(&exc::ZeroDivisionError, "integer modulo by zero")
                                : raise_zero_division_floor();
      MpzTemp t;
      if (op == BinOp::FloorDiv) mpz_fdiv_q(t, MpzArg(a), MpzArg(b));
      else mpz_fdiv_r(t, MpzArg(a), MpzArg(b));
      return t.take();
    }
    case BinOp::And: case BinOp::Or: case BinOp::Xor: {
      MpzTemp t;
      if (op == BinOp::And) mpz_and(t, MpzArg(a), MpzArg(b));
      else if (op == BinOp::Or) mpz_ior(t, MpzArg(a), MpzArg(b));
      else mpz_xor(t, MpzArg(a), MpzArg(b));
      return t.take();
    }
    default:
      return NotImplemented;
  }
}

}  // namespace

Object* int_binop(Object* a, Object* b, BinOp op) {
  if (!is_int(a) || !is_int(b)) return NotImplemented;
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  switch (op) {
    case BinOp::TrueDiv:
      if (is_zero(b)) return raise(&exc::ZeroDivisionError, "division by zero");
      return int_true_divide(a, b);
    case BinOp::Pow:
      if (int_sign(b) < 0) {
        bool overflow;
        double v = int_as_double(a, &overflow);
        if (overflow) return nullptr;
        double w = int_as_double(b, &overflow);
        if (overflow) return nullptr;
        return float_pow_doubles(v, w);
      }
      return int_pow_nonneg(a, b);
    case BinOp::LShift:
      return int_lshift(a, b);
    case BinOp::RShift:
      return int_rshift(a, b);
    case BinOp::MatMul:
      return NotImplemented;
    default:
      break;
  }
  if (x->big || y->big) return int_binop_big(a, b, op);
  int64_t u = x->value, v = y->value, r;
  switch (op) {
    case BinOp::Add:
      if (__builtin_add_overflow(u, v, &r)) return int_from_i128(static_cast<__int128>(u) + v);
      return int_from_i64(r);
    case BinOp::Sub:
      if (__builtin_sub_overflow(u, v, &r)) return int_from_i128(static_cast<__int128>(u) - v);
      return int_from_i64(r);
    case BinOp::Mul:
      if (__builtin_mul_overflow(u, v, &r)) return int_from_i128(static_cast<__int128>(u) * v);
      return int_from_i64(r);
    case BinOp::FloorDiv: {
      if (v == 0) return raise_zero_division_floor();
      if (v == -1) return u == INT64_MIN ? int_from_i128(-static_cast<__int128>(u)) : int_from_i64(-u);
      int64_t q = u / v;
      if ((u % v != 0) && ((u < 0) != (v < 0))) --q;
      return int_from_i64(q);
    }
    case BinOp::Mod: {
      if (v == 0) return raise(&exc::ZeroDivisionError, "integer modulo by zero");
      if (v == -1) return int_from_i64(0);
      int64_t m = u % v;
      if (m != 0 && ((m < 0) != (v < 0))) m += v;
      return int_from_i64(m);
    }
    case BinOp::And: return int_from_i64(u & v);
    case BinOp::Or: return int_from_i64(u | v);
    case BinOp::Xor: return int_from_i64(u ^ v);
    default: return NotImplemented;
  }
}

Object* int_unary(Object* o, UnaryOp op) {
  auto* i = static_cast<IntObject*>(o);
  switch (op) {
    case UnaryOp::Pos:
      return int_exact_copy(o);
    case UnaryOp::Neg: {
      if (!i->big) {
        if (i->value == INT64_MIN) return int_from_i128(-static_cast<__int128>(i->value));
        return int_from_i64(-i->value);
      }
      MpzTemp t;
      mpz_neg(t, i->big);
      return t.take();
    }
    case UnaryOp::Invert: {
      if (!i->big) return int_from_i64(~i->value);
      MpzTemp t;
      mpz_com(t, i->big);
      return t.take();
    }
  }
  return NotImplemented;
}

Object* int_abs(Object* o) {
  return int_sign(o) < 0 ? int_unary(o, UnaryOp::Neg) : int_exact_copy(o);
}

Object* int_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return NotImplemented;
  int c = int_compare(a, b);
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return bool_from(r);
}

Object* int_divmod(Object* a, Object* b) {
  if (!is_int(a) || !is_int(b)) return NotImplemented;
  if (is_zero(b)) return raise_zero_division_floor();
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  Object *q, *r;
  if (!x->big && !y->big && !(x->value == INT64_MIN && y->value == -1)) {
    int64_t u = x->value, v = y->value;
    int64_t qq = u / v, rr = u % v;
    if (rr != 0 && ((rr < 0) != (v < 0))) {
      --qq;
      rr += v;
    }
    q = int_from_i64(qq);
    r = int_from_i64(rr);
  } else {
    MpzTemp tq, tr;
    mpz_fdiv_qr(tq, tr, MpzArg(a), MpzArg(b));
    q = tq.take();
    r = tr.take();
  }
  if (!q || !r) {
    xdecref(q);
    xdecref(r);
    return nullptr;
  }
  Object* t = tuple_new(2);
  if (!t) {
    decref(q);
    decref(r);
    return nullptr;
  }
  tuple_set(t, 0, q);
  tuple_set(t, 1, r);
  return t;
}

Object* int_power_mod(Object* base, Object* exp, Object* mod) {
  if (!is_int(base) || !is_int(exp) || !is_int(mod))
    return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  int msign = int_sign(mod);
  if (msign == 0) return raise(&exc::ValueError, "pow() 3rd argument cannot be 0");
  mpz_t m, b, r;
  mpz_inits(m, b, r, nullptr);
  mpz_abs(m, MpzArg(mod));
  mpz_set(b, MpzArg(base));
  Object* result = nullptr;
  if (int_sign(exp) < 0) {
    // 3.8+: base**-e mod m is (base**-1 mod m)**e.
    if (mpz_cmp_ui(m, 1) == 0 || !mpz_invert(b, b, m)) {
      if (mpz_cmp_ui(m, 1) != 0) {
        raise(&exc::ValueError, "base is not invertible for the given modulus");
        mpz_clears(m, b, r, nullptr);
        return nullptr;
      }
      mpz_set_ui(b, 0);
    }
    mpz_t e;
    mpz_init(e);
    mpz_neg(e, MpzArg(exp));
    mpz_powm(r, b, e, m);
    mpz_clear(e);
  } else {
    mpz_powm(r, b, MpzArg(exp), m);
  }
  if (msign < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, m);
  result = int_from_mpz_move(r);
  mpz_clears(m, b, nullptr);
  return result;
}

}  // namespace frost
