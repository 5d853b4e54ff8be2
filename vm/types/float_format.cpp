/*
 * float_format.cpp — floats as text: repr, PyOS_double_to_string,
 * float.__format__, round(x, n), float.hex and float.fromhex.
 *
 * Digits come from std::to_chars, which is exact: shortest round-trip for
 * repr, and correctly rounded (half-even on exact ties) for a given number of
 * significant digits (scientific) or of digits after the point (fixed).  The
 * layout of those digits is a port of CPython's format_float_short: take the
 * digit string and the position of the decimal point, then emit a slice of
 * the infinite string "...000<digits>000..." with the point inserted and an
 * exponent when the type asks for one.  So repr(1e16) == '1e+16',
 * format(1.5, '#.0f') == '2.', format(123.0, '.3') == '1.23e+02'.
 *
 * round(x, n) is CPython's correctly rounded double_round: round the exact
 * binary value to n decimal places (half-even), then read the decimal string
 * back with strtod.
 */
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <climits>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "vm/types/number_internal.h"
#include "vm/types/str.h"

namespace frost {

namespace {

locale_t c_locale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  return loc;
}

// Decimal digits of a finite |d| without leading/trailing zeros ("0" for a
// zero result) and decpt, the position of the point: value = 0.DIGITS * 10**decpt.
struct Digits {
  std::string digits;
  int decpt;
};

// Mode 0 (shortest round trip), 2 (`ndigits` significant digits) or 3
// (`ndigits` digits after the point), as _Py_dg_dtoa's modes.
Digits float_digits(double a, int mode, int ndigits) {
  // A double's exact decimal expansion has at most 767 significant digits
  // and 1074 after the point: asking for more only adds zeros, which the
  // layout restores.
  ndigits = std::min(ndigits, mode == 3 ? 1100 : 800);
  std::string buf(static_cast<size_t>(std::max(ndigits, 0)) + 400, '\0');
  char* first = buf.data();
  char* last = buf.data() + buf.size();
  std::to_chars_result r;
  if (mode == 0) r = std::to_chars(first, last, a, std::chars_format::scientific);
  else if (mode == 2) r = std::to_chars(first, last, a, std::chars_format::scientific, std::max(ndigits, 1) - 1);
  else r = std::to_chars(first, last, a, std::chars_format::fixed, ndigits);
  std::string_view s(first, static_cast<size_t>(r.ptr - first));
  Digits out;
  int exp10 = 0;
  std::string_view mant = s;
  if (mode != 3) {
    size_t e = s.find('e');
    mant = s.substr(0, e);
    exp10 = std::atoi(std::string(s.substr(e + 1)).c_str());
  }
  size_t point = mant.find('.');
  std::string digits;
  digits.reserve(mant.size());
  for (char c : mant)
    if (c != '.') digits += c;
  int int_len = static_cast<int>(point == std::string_view::npos ? mant.size() : point);
  int decpt = int_len + exp10;
  size_t lead = digits.find_first_not_of('0');
  if (lead == std::string::npos) return {"0", 1};
  digits.erase(0, lead);
  decpt -= static_cast<int>(lead);
  size_t trail = digits.find_last_not_of('0');
  digits.resize(trail + 1);
  out.digits = std::move(digits);
  out.decpt = decpt;
  return out;
}

}  // namespace

std::string float_to_string(double d, char type, int precision, unsigned flags) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  char code = upper ? static_cast<char>(type - 'A' + 'a') : type;
  int mode = 0;
  switch (code) {
    case 'e': mode = 2; ++precision; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: mode = 0; break;  // 'r'
  }
  bool add_sign = flags & kFloatAlwaysSign;
  bool add_dot_0 = flags & kFloatAddDot0;
  bool alt = flags & kFloatAlt;
  std::string out;
  bool negative = std::signbit(d);
  if (!std::isfinite(d)) {
    if (std::isnan(d)) negative = false;  // the sign of a NaN is not shown
    if (negative) out += '-';
    else if (add_sign) out += '+';
    out += std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  Digits dg = float_digits(std::fabs(d), mode, precision);
  const std::string& digits = dg.digits;
  int digits_len = static_cast<int>(digits.size());
  int decpt = dg.decpt;
  if ((flags & kFloatNoNegZero) && negative && digits == "0") negative = false;

  // vdigits[vdigits_start:vdigits_end] of "...000<digits>000..." is output.
  int vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r': exponent form outside 1e-4 <= |d| < 1e16
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) vdigits_end = std::max(vdigits_end, decpt + 1);
  else vdigits_end = std::max(vdigits_end, decpt);

  if (negative) out += '-';
  else if (add_sign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[16];
    snprintf(buf, sizeof buf, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+', std::abs(exp));
    out += buf;
  }
  return out;
}

std::string float_repr_string(double d) { return float_to_string(d, 'r', 0, kFloatAddDot0); }

bool float_format_spec(double d, const FormatSpec& f, std::string& out) {
  if (f.precision > INT_MAX) {
    raise(&exc::ValueError, "precision too big");
    return false;
  }
  if (f.precision > (intptr_t{1} << 28)) {  // CPython would fail to allocate the result
    raise_no_memory();
    return false;
  }
  unsigned flags = 0;
  if (f.alternate) flags |= kFloatAlt;
  if (f.no_neg_zero) flags |= kFloatNoNegZero;
  char type = static_cast<char>(f.type);
  int default_precision = 6;
  if (type == 0) {
    // No type: like repr without a precision, else like 'g' but always with
    // a digit after the point.
    flags |= kFloatAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    d *= 100;
    percent = true;
  }
  int precision = static_cast<int>(f.precision);
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string text = float_to_string(d, type, precision, flags);
  if (percent) text += '%';

  FormatNumber n;
  std::string_view body = text;
  if (!body.empty() && body[0] == '-') {
    n.negative = true;
    body.remove_prefix(1);
  }
  size_t k = 0;
  while (k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
  n.digits = body.substr(0, k);
  n.rest = body.substr(k);
  format_spec_render_number(out, f, n);
  return true;
}

Object* float_format(double d, Object* spec) {
  if (str_size(spec) == 0) return str_from(float_repr_string(d));
  FormatSpec f;
  if (!format_spec_parse(str_view(spec), &f, 0, '>', "float")) return nullptr;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return format_spec_unknown_type(f.type, "float");
  }
  std::string out;
  if (!float_format_spec(d, f, out)) return nullptr;
  return str_from(out);
}

Object* float_m_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__format__", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  if (str_size(args[0]) == 0) return object_str(self);
  return float_format(float_value(self), args[0]);
}

// ---- round ---------------------------------------------------------------------------------

namespace {

// x rounded half-even to a multiple of 10**-ndigits (x finite), as CPython's
// double_round.
Object* double_round(double x, int64_t ndigits) {
  // Beyond these, x rounds to itself or to a signed zero (0.30103 > log10(2)).
  constexpr int kNdigitsMax = static_cast<int>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int kNdigitsMin = -static_cast<int>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > kNdigitsMax) return float_from_double(x);
  if (ndigits < kNdigitsMin) return float_from_double(0.0 * x);
  std::string text;
  if (ndigits >= 0) {
    std::string buf(static_cast<size_t>(ndigits) + 400, '\0');
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed,
                           static_cast<int>(ndigits));
    text.assign(buf.data(), r.ptr);
  } else {
    // |x| / 10**-ndigits rounded half-even, exactly: |x| = m * 2**e.
    int e;
    double m = std::frexp(std::fabs(x), &e);
    m = std::ldexp(m, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    MpzTemp num, den, q, r;
    mpz_set_d(num, m);
    mpz_ui_pow_ui(den, 10, static_cast<unsigned long>(-ndigits));
    if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
    else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
    std::string digits(mpz_sizeinbase(q, 10) + 2, '\0');
    mpz_get_str(digits.data(), 10, q);
    digits.resize(strlen(digits.c_str()));
    text = (std::signbit(x) ? "-" : "") + digits + "e" + std::to_string(-ndigits);
  }
  errno = 0;
  double rounded = strtod_l(text.c_str(), nullptr, c_locale());
  if (errno == ERANGE && std::fabs(rounded) >= 1.0)
    return raise(&exc::OverflowError, "rounded value too large to represent");
  return float_from_double(rounded);
}

}  // namespace

Object* float_m_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__round__", nargs, kwnames, 0, 1)) return nullptr;
  double x = float_value(self);
  if (nargs == 0 || args[0] == None) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // half to even
    return int_from_double(rounded);
  }
  intptr_t ndigits;
  if (!index_as_ssize(args[0], &ndigits, nullptr)) return nullptr;  // clamps
  if (!std::isfinite(x)) return float_from_double(x);
  return double_round(x, ndigits);
}

// ---- hex / fromhex ------------------------------------------------------------------------------

Object* float_m_hex(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("hex", nargs, kwnames, 0, 0)) return nullptr;
  double x = float_value(self);
  if (!std::isfinite(x)) return str_from(float_repr_string(x));
  if (x == 0.0) return str_from_cstr(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s = x < 0 ? "-0x" : "0x";
  s += kHex[static_cast<int>(m)];
  m -= static_cast<int>(m);
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s += kHex[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  char buf[16];
  snprintf(buf, sizeof buf, "p%c%d", e < 0 ? '-' : '+', std::abs(e));
  s += buf;
  return str_from(s);
}

// float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits],
// or inf/infinity/nan, with surrounding whitespace.  strtod reads the hex
// form with correct rounding once the grammar is checked here.
Object* float_m_fromhex(Object* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fromhex", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
  std::string_view s = str_view(args[0]);
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  auto invalid = [] { return raise(&exc::ValueError, "invalid hexadecimal floating-point string"); };
  std::string t;
  size_t p = 0;
  bool negative = false;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
  std::string word(s.substr(p));
  for (char& c : word) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  double value;
  if (word == "inf" || word == "infinity") {
    value = HUGE_VAL;
  } else if (word == "nan") {
    value = NAN;
  } else {
    if (word.size() >= 2 && word[0] == '0' && word[1] == 'x') p += 2;
    t = "0x";
    size_t nd = 0;
    while (p < s.size() && isxdigit(static_cast<unsigned char>(s[p]))) t += s[p++], ++nd;
    if (p < s.size() && s[p] == '.') {
      t += s[p++];
      while (p < s.size() && isxdigit(static_cast<unsigned char>(s[p]))) t += s[p++], ++nd;
    }
    if (nd == 0) return invalid();
    if (p < s.size() && (s[p] == 'p' || s[p] == 'P')) {
      t += 'p';
      ++p;
      if (p < s.size() && (s[p] == '+' || s[p] == '-')) t += s[p++];
      if (p >= s.size() || !isdigit(static_cast<unsigned char>(s[p]))) return invalid();
      while (p < s.size() && isdigit(static_cast<unsigned char>(s[p]))) t += s[p++];
    }
    if (p != s.size()) return invalid();
    errno = 0;
    value = strtod_l(t.c_str(), nullptr, c_locale());
    if (std::isinf(value))
      return raise(&exc::OverflowError, "hexadecimal value too large to represent as a float");
  }
  Object* f = float_from_double(negative ? -value : value);
  if (!f || type == &FloatType) return f;
  Object* r = call1(type, f);
  decref(f);
  return r;
}

}  // namespace frost
