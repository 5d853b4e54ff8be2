/*
 * float.cpp — float objects: allocation, arithmetic with float and int
 * operands, exact comparison with ints, CPython's hash, float() and the
 * methods.  Text conversions (repr, format, round, hex) are in
 * float_format.cpp.
 *
 * Arithmetic converts an int operand with int_as_double (correctly rounded,
 * OverflowError past the double range) exactly where CPython's
 * CONVERT_TO_DOUBLE does; `%`, `//` and divmod are CPython's
 * float_rem/_float_div_mod, `**` is float_pow with its special cases done by
 * hand so that libm's corner cases never leak.  Comparisons with ints never
 * round the int: int_compare_double compares exactly.
 *
 * Up to 256 freed exact floats are kept on a freelist (chained through the
 * bits of `value`, with a zero count) and reused before asking mimalloc:
 * a float arithmetic loop ran 40% faster and bench/float_nbody.py 28% faster
 * (user time, Release build) than with mi_zalloc/mi_free every time.
 */
#include <cerrno>
#include <cfloat>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "vm/types/bytes.h"
#include "vm/types/init.h"
#include "vm/types/number_internal.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject FloatType;

namespace {

// Freed exact floats, chained through their value's bits, with a zero count.
constexpr int kMaxFreeFloats = 256;
FloatObject* free_floats = nullptr;
int n_free_floats = 0;

FloatObject* alloc_exact_float() {
  if (FloatObject* o = free_floats) {
    memcpy(&free_floats, &o->value, sizeof free_floats);
    --n_free_floats;
    incref(o);  // from 0
    ++live_objects;
    return o;
  }
  return static_cast<FloatObject*>(object_alloc(&FloatType, sizeof(FloatObject)));
}

void float_dealloc(Object* o) {
  if (type_of(o) == &FloatType && n_free_floats < kMaxFreeFloats) {
    auto* f = static_cast<FloatObject*>(o);
    memcpy(&f->value, &free_floats, sizeof free_floats);
    free_floats = f;
    ++n_free_floats;
    --live_objects;
    return;
  }
  object_free(o);
}

// The double value of a float or int operand: 1 on success, 0 when `o` is
// neither (the caller answers NotImplemented), -1 with OverflowError set.
int operand_double(Object* o, double* out) {
  if (is_exact_float(o) || is_float(o)) {
    *out = float_value(o);
    return 1;
  }
  if (is_int(o)) {
    bool overflow;
    *out = int_as_double(o, &overflow);
    return overflow ? -1 : 1;
  }
  return 0;
}

bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

double float_rem(double v, double w) {
  double mod = std::fmod(v, w);
  if (mod != 0) {
    if ((w < 0) != (mod < 0)) mod += w;  // the sign of the divisor
  } else {
    mod = std::copysign(0.0, w);
  }
  return mod;
}

void float_div_mod(double v, double w, double* floordiv, double* mod) {
  *mod = std::fmod(v, w);
  // fmod is exact, so v - mod is a multiple of w up to a rounding error.
  double div = (v - *mod) / w;
  if (*mod != 0) {
    if ((w < 0) != (*mod < 0)) {
      *mod += w;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, w);
  }
  if (div != 0) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, v / w);
  }
}

// OverflowError((34, 'Numerical result out of range')), as CPython raises it
// from errno.
Object* raise_range_error() {
  Object* args[2] = {int_from_i64(ERANGE), str_from_cstr(strerror(ERANGE))};
  Object* e = args[1] ? call(&exc::OverflowError, args, 2) : nullptr;
  xdecref(args[1]);
  if (!e) return nullptr;
  raise_object(e);
  decref(e);
  return nullptr;
}

}  // namespace

Object* float_from_double(double d) {
  FloatObject* o = alloc_exact_float();
  if (o) o->value = d;
  return o;
}

Object* float_pow_doubles(double v, double w) {
  if (w == 0) return float_from_double(1.0);  // v**0 is 1, even 0**0 and nan**0
  if (std::isnan(v)) return float_from_double(v);
  if (std::isnan(w)) return float_from_double(v == 1.0 ? 1.0 : w);
  if (std::isinf(w)) {
    v = std::fabs(v);
    if (v == 1.0) return float_from_double(1.0);
    if ((w > 0.0) == (v > 1.0)) return float_from_double(std::fabs(w));
    return float_from_double(0.0);
  }
  if (std::isinf(v)) {
    bool odd = is_odd_integer(w);
    if (w > 0.0) return float_from_double(odd ? v : std::fabs(v));
    return float_from_double(odd ? std::copysign(0.0, v) : 0.0);
  }
  if (v == 0.0) {
    if (w < 0.0) return raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_from_double(is_odd_integer(w) ? v : 0.0);
  }
  bool negate = false;
  if (v < 0.0) {
    if (w != std::floor(w))  // CPython returns a complex here (documented deviation)
      return raise(&exc::ValueError,
                   "negative number cannot be raised to a fractional power "
                   "(complex numbers are not supported)");
    v = -v;
    negate = is_odd_integer(w);
  }
  if (v == 1.0) return float_from_double(negate ? -1.0 : 1.0);
  errno = 0;
  double r = std::pow(v, w);
  if (std::isinf(r)) return raise_range_error();
  return float_from_double(negate ? -r : r);
}

Object* float_binop(Object* a, Object* b, BinOp op) {
  double v, w;
  int s = operand_double(a, &v);
  if (s <= 0) return s < 0 ? nullptr : NotImplemented;
  s = operand_double(b, &w);
  if (s <= 0) return s < 0 ? nullptr : NotImplemented;
  switch (op) {
    case BinOp::Add: return float_from_double(v + w);
    case BinOp::Sub: return float_from_double(v - w);
    case BinOp::Mul: return float_from_double(v * w);
    case BinOp::TrueDiv:
      if (w == 0.0) return raise(&exc::ZeroDivisionError, "float division by zero");
      return float_from_double(v / w);
    case BinOp::FloorDiv: {
      if (w == 0.0) return raise(&exc::ZeroDivisionError, "float floor division by zero");
      double q, m;
      float_div_mod(v, w, &q, &m);
      return float_from_double(q);
    }
    case BinOp::Mod:
      if (w == 0.0) return raise(&exc::ZeroDivisionError, "float modulo");
      return float_from_double(float_rem(v, w));
    case BinOp::Pow:
      return float_pow_doubles(v, w);
    default:
      return NotImplemented;
  }
}

Object* float_divmod(Object* a, Object* b) {
  double v, w;
  int s = operand_double(a, &v);
  if (s <= 0) return s < 0 ? nullptr : NotImplemented;
  s = operand_double(b, &w);
  if (s <= 0) return s < 0 ? nullptr : NotImplemented;
  if (w == 0.0) return raise(&exc::ZeroDivisionError, "float divmod()");
  double q, m;
  float_div_mod(v, w, &q, &m);
  Object* fq = float_from_double(q);
  Object* fm = fq ? float_from_double(m) : nullptr;
  Object* t = fm ? tuple_new(2) : nullptr;
  if (!t) {
    xdecref(fq);
    xdecref(fm);
    return nullptr;
  }
  tuple_set(t, 0, fq);
  tuple_set(t, 1, fm);
  return t;
}

Object* float_richcompare(Object* a, Object* b, CompareOp op) {
  int c;  // -1, 0, 1, or 2 for unordered (a NaN)
  bool fa = is_float(a), fb = is_float(b);
  if (fa && fb) {
    double v = float_value(a), w = float_value(b);
    c = v < w ? -1 : v > w ? 1 : v == w ? 0 : 2;
  } else if (fa && is_int(b)) {
    c = int_compare_double(b, float_value(a));
    if (c != 2) c = -c;
  } else if (fb && is_int(a)) {
    c = int_compare_double(a, float_value(b));
  } else {
    return NotImplemented;
  }
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c == -1; break;
    case CompareOp::Le: r = c == -1 || c == 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c == 1; break;
    case CompareOp::Ge: r = c == 1 || c == 0; break;
  }
  return bool_from(r);
}

int64_t float_hash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return 0;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // Process 28 bits at a time, reducing modulo 2**61-1 (CPython's
  // _Py_HashDouble), so that equal ints and floats hash alike.
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

// ---- float() --------------------------------------------------------------------------

bool float_parse(std::string_view text, double* out) {
  std::string s = number_text_to_ascii(text);
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  // Underscores only between digits, then dropped.
  std::string t;
  t.reserve(e - b);
  char prev = 0;
  for (size_t i = b; i < e; ++i) {
    char c = s[i];
    bool digit = c >= '0' && c <= '9';
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) return false;
    } else {
      if (prev == '_' && !digit) return false;
      t += c;
    }
    prev = c;
  }
  if (prev == '_') return false;

  size_t p = 0;
  bool negative = false;
  if (p < t.size() && (t[p] == '+' || t[p] == '-')) negative = t[p++] == '-';
  std::string word = t.substr(p);
  for (char& c : word) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  if (word == "inf" || word == "infinity") {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (word == "nan") {
    *out = negative ? -NAN : NAN;
    return true;
  }
  // digits [. digits] [(e|E) [sign] digits], at least one mantissa digit
  size_t q = p, nd = 0;
  auto isd = [&](size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
  while (isd(q)) ++q, ++nd;
  if (q < t.size() && t[q] == '.') {
    ++q;
    while (isd(q)) ++q, ++nd;
  }
  if (nd == 0) return false;
  if (q < t.size() && (t[q] == 'e' || t[q] == 'E')) {
    ++q;
    if (q < t.size() && (t[q] == '+' || t[q] == '-')) ++q;
    if (!isd(q)) return false;
    while (isd(q)) ++q;
  }
  if (q != t.size()) return false;
  static locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  *out = strtod_l(t.c_str(), nullptr, c_locale);  // correctly rounded; ±inf or 0 past the range
  return true;
}

Object* float_from_string(const char* s, size_t len) {
  double d;
  if (float_parse({s, len}, &d)) return float_from_double(d);
  Object* str = str_from_utf8(s, len);
  if (!str) return nullptr;
  Object* rep = object_repr(str);
  decref(str);
  if (!rep) return nullptr;
  raise(&exc::ValueError, "could not convert string to float: %s", str_data(rep));
  decref(rep);
  return nullptr;
}

namespace {

Object* float_from_bytes_text(Object* b) {
  std::string_view v;
  bytes_like_view(b, &v);
  std::string s(v);
  for (char& c : s)
    if (c == '\0' || static_cast<unsigned char>(c) >= 0x80) c = '?';
  double d;
  if (float_parse(s, &d)) return float_from_double(d);
  Object* rep = object_repr(b);
  if (!rep) return nullptr;
  raise(&exc::ValueError, "could not convert string to float: %s", str_data(rep));
  decref(rep);
  return nullptr;
}

// The result of __float__ (stolen) as an exact float.
Object* exact_float_result(Object* o, Object* r) {
  if (!r) return nullptr;
  if (is_exact_float(r)) return r;
  if (!is_float(r)) {
    raise(&exc::TypeError, "%.50s.__float__ returned non-float (type %.50s)", type_name(o), type_name(r));
    decref(r);
    return nullptr;
  }
  Object* f = float_from_double(float_value(r));
  decref(r);
  return f;
}

}  // namespace

Object* float_from_object(Object* o) {
  if (is_exact_float(o)) return newref(o);
  TypeObject* t = type_of(o);
  if (t->nb_float) return exact_float_result(o, t->nb_float(o));
  if (is_float(o)) return float_from_double(float_value(o));
  if (t->nb_index) {
    Object* i = t->nb_index(o);
    if (!i) return nullptr;
    bool overflow;
    double d = int_as_double(i, &overflow);
    decref(i);
    return overflow ? nullptr : float_from_double(d);
  }
  if (is_str(o)) return float_from_string(str_data(o), static_cast<size_t>(str_size(o)));
  if (std::string_view v; bytes_like_view(o, &v)) return float_from_bytes_text(o);
  return raise(&exc::TypeError, "float() argument must be a string or a real number, not '%.200s'",
               type_name(o));
}

bool number_as_double(Object* o, double* out) {
  if (is_float(o)) {
    *out = float_value(o);
    return true;
  }
  if (is_int(o)) {
    bool overflow;
    *out = int_as_double(o, &overflow);
    return !overflow;
  }
  TypeObject* t = type_of(o);
  if (t->nb_float) {
    Object* f = exact_float_result(o, t->nb_float(o));
    if (!f) return false;
    *out = float_value(f);
    decref(f);
    return true;
  }
  if (t->nb_index) {
    Object* i = t->nb_index(o);
    if (!i) return false;
    bool overflow;
    *out = int_as_double(i, &overflow);
    decref(i);
    return !overflow;
  }
  raise(&exc::TypeError, "must be real number, not %.200s", type_name(o));
  return false;
}

namespace {

Object* float_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "float() takes no keyword arguments");
  if (nargs > 1) return raise(&exc::TypeError, "float expected at most 1 argument, got %zu", nargs);
  Object* f = nargs ? float_from_object(args[0]) : float_from_double(0.0);
  if (!f || type == &FloatType) return f;
  auto* sub = static_cast<FloatObject*>(number_alloc(type));
  if (sub) sub->value = float_value(f);
  decref(f);
  return sub;
}

// ---- slots -------------------------------------------------------------------------------

Object* float_repr_slot(Object* o) { return str_from(float_repr_string(float_value(o))); }

// NaN hashes by identity in 3.11 (CPython's _Py_HashPointer of the object).
int64_t float_hash_slot(Object* o) {
  double v = float_value(o);
  if (std::isnan(v)) {
    auto y = reinterpret_cast<uintptr_t>(o);
    auto h = static_cast<int64_t>((y >> 4) | (y << (8 * sizeof(y) - 4)));
    return h == -1 ? -2 : h;
  }
  return float_hash(v);
}

Object* float_unary(Object* o, UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg: return float_from_double(-float_value(o));
    case UnaryOp::Pos: return is_exact_float(o) ? newref(o) : float_from_double(float_value(o));
    case UnaryOp::Invert: break;
  }
  return raise(&exc::TypeError, "bad operand type for unary ~: '%s'", type_name(o));
}

int float_bool_slot(Object* o) { return float_value(o) != 0.0; }
Object* float_int_slot(Object* o) { return int_from_double(std::trunc(float_value(o))); }
Object* float_float_slot(Object* o) {
  return is_exact_float(o) ? newref(o) : float_from_double(float_value(o));
}

// ---- methods --------------------------------------------------------------------------------

Object* m_is_integer(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("is_integer", nargs, kwnames, 0, 0)) return nullptr;
  double v = float_value(self);
  return bool_from(std::isfinite(v) && std::floor(v) == v);
}

Object* m_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("as_integer_ratio", nargs, kwnames, 0, 0)) return nullptr;
  double v = float_value(self);
  if (std::isinf(v)) return raise(&exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(v)) return raise(&exc::ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(v, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  MpzTemp num, den;
  mpz_set_d(num, m);
  mpz_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  Object* n = num.take();
  Object* d = n ? den.take() : nullptr;
  Object* t = d ? tuple_pack(2, n, d) : nullptr;
  xdecref(n);
  xdecref(d);
  return t;
}

Object* m_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("conjugate", nargs, kwnames, 0, 0)) return nullptr;
  return float_float_slot(self);
}

Object* m_trunc(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__trunc__", nargs, kwnames, 0, 0)) return nullptr;
  return float_int_slot(self);
}

Object* m_floor(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__floor__", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_double(std::floor(float_value(self)));
}

Object* m_ceil(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__ceil__", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_double(std::ceil(float_value(self)));
}

Object* m_divmod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return float_divmod(self, args[0]);
}

Object* m_rdivmod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return float_divmod(args[0], self);
}

Object* m_pow(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__pow__", nargs, kwnames, 1, 2)) return nullptr;
  if (nargs == 2 && args[1] != None)
    return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  return float_binop(self, args[0], BinOp::Pow);
}

Object* m_rpow(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__rpow__", nargs, kwnames, 1, 2)) return nullptr;
  if (nargs == 2 && args[1] != None)
    return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  return float_binop(args[0], self, BinOp::Pow);
}

Object* m_abs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return float_from_double(std::fabs(float_value(self)));
}

Object* m_bool(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return bool_from(float_value(self) != 0.0);
}

Object* m_hash(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return int_from_i64(float_hash_slot(self));
}

Object* m_repr(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return float_repr_slot(self);
}

Object* m_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__getnewargs__", nargs, kwnames, 0, 0)) return nullptr;
  Object* v = float_from_double(float_value(self));
  if (!v) return nullptr;
  Object* t = tuple_pack(1, v);
  decref(v);
  return t;
}

Object* m_getformat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__getformat__", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "__getformat__() argument must be str, not %s", type_name(args[0]));
  std::string_view t = str_view(args[0]);
  if (t != "double" && t != "float")
    return raise(&exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return str_from_cstr("IEEE, little-endian");
}

Object* get_real(Object* self) { return float_float_slot(self); }
Object* get_imag(Object*) { return float_from_double(0.0); }

}  // namespace

// In float_format.cpp.
Object* float_m_round(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* float_m_format(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* float_m_hex(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* float_m_fromhex(Object* type, Object* const* args, size_t nargs, Object* kwnames);

namespace {

MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0, "is_integer($self, /)\nReturn True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, 0,
     "as_integer_ratio($self, /)\nReturn integer ratio."},
    {"conjugate", m_conjugate, 0, "conjugate($self, /)\nReturn self, the complex conjugate of any float."},
    {"hex", float_m_hex, 0, "hex($self, /)\nReturn a hexadecimal representation of a floating-point number."},
    {"fromhex", float_m_fromhex, kMethClass,
     "fromhex($type, string, /)\nCreate a floating-point number from a hexadecimal string."},
    {"__trunc__", m_trunc, 0, "__trunc__($self, /)\nReturn the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, 0, "__floor__($self, /)\nReturn the floor as an Integral."},
    {"__ceil__", m_ceil, 0, "__ceil__($self, /)\nReturn the ceiling as an Integral."},
    {"__round__", float_m_round, 0,
     "__round__($self, ndigits=None, /)\nReturn the Integral closest to x, rounding half toward even.\n\n"
     "When an argument is passed, work like built-in round(x, ndigits)."},
    {"__format__", float_m_format, 0, "__format__($self, format_spec, /)\nFormats the float according to format_spec."},
    {"__getnewargs__", m_getnewargs, 0, "__getnewargs__($self, /)"},
    {"__getformat__", m_getformat, kMethClass,
     "__getformat__($type, typestr, /)\nYou probably don't want to use this function."},
    {"__int__", m_trunc, 0, "__int__($self, /)\nint(self)"},
    {"__float__", dunder_convert<float_float_slot>, 0, "__float__($self, /)\nfloat(self)"},
    {"__bool__", m_bool, 0, "__bool__($self, /)\nTrue if self else False"},
    {"__abs__", m_abs, 0, "__abs__($self, /)\nabs(self)"},
    {"__neg__", dunder_unary<float_unary, UnaryOp::Neg>, 0, "__neg__($self, /)\n-self"},
    {"__pos__", dunder_unary<float_unary, UnaryOp::Pos>, 0, "__pos__($self, /)\n+self"},
    {"__hash__", m_hash, 0, "__hash__($self, /)\nReturn hash(self)."},
    {"__repr__", m_repr, 0, "__repr__($self, /)\nReturn repr(self)."},
    {"__divmod__", m_divmod, 0, "__divmod__($self, value, /)\nReturn divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "__rdivmod__($self, value, /)\nReturn divmod(value, self)."},
    {"__pow__", m_pow, 0, "__pow__($self, value, mod=None, /)\nReturn pow(self, value, mod)."},
    {"__rpow__", m_rpow, 0, "__rpow__($self, value, mod=None, /)\nReturn pow(value, self, mod)."},
    FROST_NUMBER_BINOP_DUNDERS(float_binop),
    FROST_NUMBER_COMPARE_DUNDERS(float_richcompare),
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef float_getset[] = {
    {"real", get_real, nullptr, "the real part of a complex number"},
    {"imag", get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void float_types_init() {
  FloatType.name = "float";
  FloatType.basicsize = sizeof(FloatObject);
  FloatType.flags = kBaseType;
  FloatType.doc = "float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.";
  FloatType.dealloc = float_dealloc;
  FloatType.repr = float_repr_slot;
  FloatType.hash = float_hash_slot;
  FloatType.richcompare = float_richcompare;
  FloatType.binop = float_binop;
  FloatType.unary = float_unary;
  FloatType.nb_bool = float_bool_slot;
  FloatType.nb_int = float_int_slot;
  FloatType.nb_float = float_float_slot;
  FloatType.new_ = float_new;
  FloatType.methods = float_methods;
  FloatType.getset = float_getset;
  FloatType.base = &ObjectType;
  type_ready(&FloatType);
}

}  // namespace frost
