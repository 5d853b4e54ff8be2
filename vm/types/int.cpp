/*
 * int.cpp — int and bool objects: allocation, the small-int cache,
 * conversions to and from C numbers, GMP and text, hashing, int() and bool(),
 * and the two type objects.  Arithmetic is in int_ops.cpp, methods and
 * __format__ in int_methods.cpp.
 *
 * Representation (int.h): `value` while the value fits in int64, otherwise a
 * GMP integer in `big`; every constructor normalises, so a big int is never in
 * int64 range and "both small" decides the fast paths.  Values -5..1024 are
 * immortal statics built at compile time, so int_from_i64 for them neither
 * allocates nor writes: a loop whose ints stay in that range ran 34% faster
 * (user time, Release build) than with the cache disabled.  Up to 256 freed
 * exact ints wait on a freelist (chained through `big`, with a zero count)
 * and are reused before asking mimalloc: a loop of int arithmetic past the
 * cache ran 31% faster with it.
 *
 * GMP allocates through mimalloc (mp_set_memory_functions in
 * int_types_init).  GMP cannot report a failed allocation, so operations
 * whose result would exceed kMaxIntBits raise MemoryError before calling it.
 *
 * Text conversions in non-power-of-two bases obey CPython 3.11's digit limit
 * (sys.set_int_max_str_digits, default 4300), in both directions.
 */
#include <utf8proc.h>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#include "vm/types/bytes.h"
#include "vm/types/init.h"
#include "vm/types/number_internal.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject IntType;
TypeObject BoolType;
IntObject TrueObject{{kImmortalRefcnt, &BoolType}, 1, nullptr};
IntObject FalseObject{{kImmortalRefcnt, &BoolType}, 0, nullptr};

namespace {

constexpr size_t kSmallIntCount = kSmallIntMax - kSmallIntMin + 1;

template <size_t... I>
constexpr std::array<IntObject, sizeof...(I)> make_small_ints(std::index_sequence<I...>) {
  return {{IntObject{{kImmortalRefcnt, &IntType}, kSmallIntMin + static_cast<int64_t>(I), nullptr}...}};
}
constinit std::array<IntObject, kSmallIntCount> small_ints =
    make_small_ints(std::make_index_sequence<kSmallIntCount>{});

constexpr intptr_t kDefaultMaxStrDigits = 4300;
constexpr intptr_t kMaxStrDigitsThreshold = 640;
intptr_t max_str_digits = kDefaultMaxStrDigits;

// Freed exact ints, chained through `big`, with a zero count.
constexpr int kMaxFreeInts = 256;
IntObject* free_ints = nullptr;
int n_free_ints = 0;

IntObject* alloc_exact_int() {
  if (IntObject* o = free_ints) {
    free_ints = reinterpret_cast<IntObject*>(o->big);
    --n_free_ints;
    o->big = nullptr;
    incref(o);  // from 0
    ++live_objects;
    return o;
  }
  return static_cast<IntObject*>(object_alloc(&IntType, sizeof(IntObject)));
}

// Allocates the __mpz_struct of a big int, copying or moving `v` into it.
__mpz_struct* new_big_copy(mpz_srcptr v) {
  auto* p = static_cast<__mpz_struct*>(mem_alloc(sizeof(__mpz_struct)));
  if (p) mpz_init_set(p, v);
  return p;
}

void int_dealloc(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (i->big) {
    mpz_clear(i->big);
    mem_free(i->big);
    i->big = nullptr;
  }
  if (type_of(o) == &IntType && n_free_ints < kMaxFreeInts) {
    i->big = reinterpret_cast<__mpz_struct*>(free_ints);
    free_ints = i;
    ++n_free_ints;
    --live_objects;
    return;
  }
  object_free(o);
}

// GMP's allocation hooks.  A failed allocation cannot be reported to GMP;
// the size checks before big operations make this unreachable in practice.
[[noreturn]] void gmp_out_of_memory(size_t n) {
  fprintf(stderr, "frost: out of memory allocating %zu bytes for an integer\n", n);
  abort();
}
void* gmp_alloc(size_t n) {
  void* p = mem_alloc(n);
  if (!p) gmp_out_of_memory(n);
  return p;
}
void* gmp_realloc(void* p, size_t, size_t n) {
  void* q = mem_realloc(p, n);
  if (!q) gmp_out_of_memory(n);
  return q;
}
void gmp_free(void* p, size_t) { mem_free(p); }

}  // namespace

// ---- construction ------------------------------------------------------------

Object* int_from_i64(int64_t v) {
  if (v >= kSmallIntMin && v <= kSmallIntMax) return &small_ints[v - kSmallIntMin];
  IntObject* o = alloc_exact_int();
  if (o) o->value = v;
  return o;
}

Object* int_from_u64(uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return int_from_i64(static_cast<int64_t>(v));
  mp_limb_t limb = v;
  __mpz_struct view;
  mpz_roinit_n(&view, &limb, 1);
  return int_from_mpz(&view);
}

Object* int_from_i128(__int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(static_cast<int64_t>(v));
  unsigned __int128 a = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  mp_limb_t limbs[2] = {static_cast<mp_limb_t>(a), static_cast<mp_limb_t>(a >> 64)};
  __mpz_struct view;
  mpz_roinit_n(&view, limbs, v < 0 ? -2 : 2);
  return int_from_mpz(&view);
}

Object* int_from_mpz(const mpz_t v) {
  if (mpz_fits_slong_p(v)) return int_from_i64(mpz_get_si(v));
  IntObject* o = alloc_exact_int();
  if (!o) return nullptr;
  o->big = new_big_copy(v);
  if (!o->big) {
    decref(o);
    return raise_no_memory();
  }
  return o;
}

Object* int_from_mpz_move(mpz_t v) {
  if (mpz_fits_slong_p(v)) {
    int64_t x = mpz_get_si(v);
    mpz_clear(v);
    return int_from_i64(x);
  }
  IntObject* o = alloc_exact_int();
  auto* p = o ? static_cast<__mpz_struct*>(mem_alloc(sizeof(__mpz_struct))) : nullptr;
  if (!p) {
    mpz_clear(v);
    xdecref(o);
    return o ? raise_no_memory() : nullptr;
  }
  *p = *v;  // takes over the limbs
  o->big = p;
  return o;
}

Object* int_from_double(double d) {
  if (std::isinf(d)) return raise(&exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(&exc::ValueError, "cannot convert float NaN to integer");
  if (d > -9223372036854775808.0 && d < 9223372036854775808.0)
    return int_from_i64(static_cast<int64_t>(d));
  MpzTemp t;
  mpz_set_d(t, d);  // exact: a double this large is an integer
  return t.take();
}

Object* number_alloc(TypeObject* type) {
  if (type_has_flag(type, kHaveGC)) return gc_alloc(type, type->basicsize);
  return object_alloc(type, type->basicsize);
}

Object* int_exact_copy(Object* o) {
  if (is_exact_int(o)) return newref(o);
  auto* i = static_cast<IntObject*>(o);
  return i->big ? int_from_mpz(i->big) : int_from_i64(i->value);
}

Object* int_subtype_from(TypeObject* type, Object* v) {
  auto* r = static_cast<IntObject*>(number_alloc(type));
  if (!r) return nullptr;
  auto* src = static_cast<IntObject*>(v);
  if (src->big) {
    r->big = new_big_copy(src->big);
    if (!r->big) {
      decref(r);
      return raise_no_memory();
    }
  } else {
    r->value = src->value;
  }
  return r;
}

Object* raise_int_too_large() {
  return raise(&exc::MemoryError, "integer result too large");
}

// ---- conversion to C numbers ---------------------------------------------------

bool int_as_i64(Object* o, int64_t* out) {
  auto* i = static_cast<IntObject*>(o);
  if (i->big) {
    raise(&exc::OverflowError, "Python int too large to convert to C long");
    return false;
  }
  *out = i->value;
  return true;
}

double int_as_double(Object* o, bool* overflow) {
  *overflow = false;
  auto* i = static_cast<IntObject*>(o);
  if (!i->big) return static_cast<double>(i->value);  // the FPU rounds half-even
  // Keep the top 55 bits with a sticky bit for everything below, so that the
  // conversion of that 55-bit integer rounds exactly as the full value would.
  mpz_srcptr v = i->big;
  size_t nbits = mpz_sizeinbase(v, 2);
  double result = HUGE_VAL;
  if (nbits <= 1024) {
    size_t shift = nbits - 55;
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, v, shift);
    mpz_abs(top, top);
    uint64_t q = mpz_getlimbn(top, 0);
    mpz_clear(top);
    if (mpz_scan1(v, 0) < shift) q |= 1;  // sticky: bits below were not all zero
    result = std::ldexp(static_cast<double>(q), static_cast<int>(shift));
  }
  if (std::isinf(result)) {
    *overflow = true;
    raise(&exc::OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return mpz_sgn(v) < 0 ? -result : result;
}

int int_sign(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (i->big) return mpz_sgn(i->big);
  return (i->value > 0) - (i->value < 0);
}

int int_compare(Object* a, Object* b) {
  auto *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
  if (!x->big && !y->big) return (x->value > y->value) - (x->value < y->value);
  int c = mpz_cmp(MpzArg(a), MpzArg(b));
  return (c > 0) - (c < 0);
}

int int_compare_double(Object* i, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  auto* x = static_cast<IntObject*>(i);
  constexpr int64_t kExact = int64_t{1} << 53;
  if (!x->big && x->value >= -kExact && x->value <= kExact) {
    double v = static_cast<double>(x->value);
    return (v > d) - (v < d);
  }
  int isign = int_sign(i);
  int dsign = (d > 0) - (d < 0);
  if (isign != dsign) return isign < dsign ? -1 : 1;
  // Same sign: compare with the integral part exactly, then the fraction.
  double ipart;
  double frac = std::modf(d, &ipart);
  mpz_t t;
  mpz_init_set_d(t, ipart);
  int c = mpz_cmp(MpzArg(i), t);
  mpz_clear(t);
  if (c != 0) return c > 0 ? 1 : -1;
  return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

uint64_t int_bit_length(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (i->big) return mpz_sizeinbase(i->big, 2);
  uint64_t a = i->value < 0 ? 0 - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
  return 64 - std::countl_zero(a);
}

void int_to_mpz(Object* o, mpz_t out) {
  auto* i = static_cast<IntObject*>(o);
  if (i->big) mpz_set(out, i->big);
  else mpz_set_si(out, i->value);
}

// ---- text ---------------------------------------------------------------------

intptr_t int_get_max_str_digits() { return max_str_digits; }

bool int_set_max_str_digits(intptr_t n) {
  if (n != 0 && n < kMaxStrDigitsThreshold) {
    raise(&exc::ValueError, "maxdigits must be 0 or larger than %zd", kMaxStrDigitsThreshold);
    return false;
  }
  max_str_digits = n;
  return true;
}

Object* raise_str_digits_limit() {
  return raise(&exc::ValueError,
               "Exceeds the limit (%zd digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               max_str_digits);
}

bool int_magnitude_digits(Object* o, int base, std::string* out) {
  auto* i = static_cast<IntObject*>(o);
  if (!i->big) {
    uint64_t a = i->value < 0 ? 0 - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, a, base);
    out->assign(buf, r.ptr);
    return true;
  }
  mpz_srcptr v = i->big;
  size_t size = mpz_sizeinbase(v, base);  // exact, or one too many for base 10
  if (base == 10 && max_str_digits > 0 && size - 1 > static_cast<size_t>(max_str_digits)) {
    raise_str_digits_limit();
    return false;
  }
  out->resize(size + 2);
  mpz_get_str(out->data(), base, v);
  size_t n = strlen(out->data());
  out->resize(n);
  if (!out->empty() && (*out)[0] == '-') out->erase(0, 1);
  if (base == 10 && max_str_digits > 0 && out->size() > static_cast<size_t>(max_str_digits)) {
    raise_str_digits_limit();
    return false;
  }
  return true;
}

std::string int_to_decimal(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (!i->big) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i->value);
    return std::string(buf, r.ptr);
  }
  std::string s(mpz_sizeinbase(i->big, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, i->big);
  s.resize(strlen(s.c_str()));
  return s;
}

Object* int_repr(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (!i->big) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i->value);
    return str_from_utf8(buf, r.ptr - buf);
  }
  std::string digits;
  if (!int_magnitude_digits(o, 10, &digits)) return nullptr;
  if (mpz_sgn(i->big) < 0) digits.insert(digits.begin(), '-');
  return str_from(digits);
}

Object* int_to_base_string(Object* o, int base) {
  std::string digits;
  if (!int_magnitude_digits(o, base, &digits)) return nullptr;
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
  std::string s = int_sign(o) < 0 ? "-" : "";
  s += prefix;
  s += digits;
  return str_from(s);
}

int64_t int_hash(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (!i->big) return int_hash_i64(i->value);
  constexpr unsigned long kModulus = (1UL << 61) - 1;
  auto h = static_cast<int64_t>(mpz_tdiv_ui(i->big, kModulus));  // of abs(value)
  if (mpz_sgn(i->big) < 0) h = -h;
  return h == -1 ? -2 : h;
}

// ---- parsing ----------------------------------------------------------------------

namespace {

bool is_unicode_space(uint32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The value 0..9 of a Unicode decimal digit (category Nd), or -1.  Unicode
// encodes decimal digits in contiguous runs of ten starting at zero, so the
// value is the distance from the start of the run of Nd characters, mod 10.
int unicode_decimal_value(uint32_t cp) {
  auto nd = [](uint32_t c) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
  };
  if (!nd(cp)) return -1;
  uint32_t start = cp;
  while (start > 0 && nd(start - 1) && cp - start < 100) --start;
  return static_cast<int>((cp - start) % 10);
}

}  // namespace

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII spaces
// become ' ', non-ASCII decimal digits their ASCII digit, any other non-ASCII
// character (and NUL) a '?' that no parser accepts.
std::string number_text_to_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += c == 0 ? '?' : static_cast<char>(c);
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      out += '?';
      ++i;
      continue;
    }
    i += static_cast<size_t>(n);
    int d;
    if (is_unicode_space(static_cast<uint32_t>(cp))) out += ' ';
    else if ((d = unicode_decimal_value(static_cast<uint32_t>(cp))) >= 0) out += static_cast<char>('0' + d);
    else out += '?';
  }
  return out;
}

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

enum class ParseStatus { Ok, Invalid, Error };

// PyLong_FromString on ASCII text: the whole of `s` must be one literal.
// Invalid means "invalid literal" (the caller words the message); Error means
// an exception is already set (the digit limit, memory).
ParseStatus parse_int_ascii(std::string_view s, int base, Object** result) {
  size_t p = 0, n = s.size();
  while (p < n && is_ascii_space(s[p])) ++p;
  bool negative = false;
  if (p < n && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
  bool error_if_nonzero = false;
  auto at = [&](size_t k) { return k < n ? s[k] : '\0'; };
  if (base == 0) {
    char c1 = at(p + 1);
    if (at(p) != '0') base = 10;
    else if (c1 == 'x' || c1 == 'X') base = 16;
    else if (c1 == 'o' || c1 == 'O') base = 8;
    else if (c1 == 'b' || c1 == 'B') base = 2;
    else {
      error_if_nonzero = true;  // old-style octal "012" is invalid, "00" is zero
      base = 10;
    }
  }
  if (at(p) == '0') {
    char c1 = at(p + 1);
    if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
        (base == 2 && (c1 == 'b' || c1 == 'B'))) {
      p += 2;
      if (at(p) == '_') ++p;  // one underscore allowed after the prefix
    }
  }
  if (at(p) == '_') return ParseStatus::Invalid;
  std::string digits;
  digits.reserve(n - p);
  bool prev_underscore = false;
  for (; p < n; ++p) {
    char c = s[p];
    if (c == '_') {
      if (prev_underscore) return ParseStatus::Invalid;
      prev_underscore = true;
      continue;
    }
    if (digit_value(c) >= base) break;
    digits += c;
    prev_underscore = false;
  }
  if (prev_underscore || digits.empty()) return ParseStatus::Invalid;
  while (p < n && is_ascii_space(s[p])) ++p;
  if (p != n) return ParseStatus::Invalid;

  if ((base & (base - 1)) != 0 && max_str_digits > 0 &&
      digits.size() > static_cast<size_t>(max_str_digits)) {
    raise(&exc::ValueError,
          "Exceeds the limit (%zd digits) for integer string conversion: value has %zu digits; "
          "use sys.set_int_max_str_digits() to increase the limit",
          max_str_digits, digits.size());
    return ParseStatus::Error;
  }
  Object* r;
  uint64_t acc = 0;
  bool fits = true;
  for (char c : digits) {
    if (__builtin_mul_overflow(acc, static_cast<uint64_t>(base), &acc) ||
        __builtin_add_overflow(acc, static_cast<uint64_t>(digit_value(c)), &acc)) {
      fits = false;
      break;
    }
  }
  if (fits && acc <= static_cast<uint64_t>(INT64_MAX)) {
    int64_t v = static_cast<int64_t>(acc);
    if (error_if_nonzero && v != 0) return ParseStatus::Invalid;
    r = int_from_i64(negative ? -v : v);
  } else {
    if (error_if_nonzero) return ParseStatus::Invalid;  // nonzero
    MpzTemp t;
    mpz_set_str(t, digits.c_str(), base);
    if (negative) mpz_neg(t, t);
    r = t.take();
  }
  if (!r) return ParseStatus::Error;
  *result = r;
  return ParseStatus::Ok;
}

bool check_base(int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) {
    raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    return false;
  }
  return true;
}

// The repr of `o` cut to 200 code points, as CPython's "%.200R".
std::string repr_200(Object* o) {
  Object* r = object_repr(o);
  if (!r) {
    error_clear();
    return "?";
  }
  std::string_view v = str_view(r);
  size_t cut = v.size();
  intptr_t cps = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if ((static_cast<unsigned char>(v[i]) & 0xC0) != 0x80 && cps++ == 200) {
      cut = i;
      break;
    }
  }
  std::string s(v.substr(0, cut));
  decref(r);
  return s;
}

Object* raise_invalid_literal(Object* shown, int base) {
  std::string rep = repr_200(shown);
  return raise(&exc::ValueError, "invalid literal for int() with base %d: %s", base, rep.c_str());
}

}  // namespace

// int(x, base) for a bytes-like `x` (bytes, bytearray).
Object* int_from_bytes_text(Object* x, int base) {
  if (!check_base(base)) return nullptr;
  std::string_view v;
  bytes_like_view(x, &v);
  std::string ascii(v);
  for (char& c : ascii)
    if (c == '\0' || static_cast<unsigned char>(c) >= 0x80) c = '?';
  Object* r = nullptr;
  ParseStatus st = parse_int_ascii(ascii, base, &r);
  if (st == ParseStatus::Ok) return r;
  if (st == ParseStatus::Error) return nullptr;
  if (!is_bytes(x) || v.size() <= 200) return raise_invalid_literal(x, base);
  Object* cut = bytes_from(v.data(), 200);  // CPython quotes the first 200 bytes
  if (!cut) return nullptr;
  raise_invalid_literal(cut, base);
  decref(cut);
  return nullptr;
}

Object* int_from_string(const char* s, size_t len, int base) {
  if (!check_base(base)) return nullptr;
  Object* r = nullptr;
  ParseStatus st = parse_int_ascii(number_text_to_ascii({s, len}), base, &r);
  if (st == ParseStatus::Ok) return r;
  if (st == ParseStatus::Error) return nullptr;
  Object* str = str_from_utf8(s, len);
  if (!str) return nullptr;
  raise_invalid_literal(str, base);
  decref(str);
  return nullptr;
}

// ---- int(x), bool(x) -------------------------------------------------------------

namespace {

// An exact int from the result `r` (stolen) of __int__/__index__/__trunc__.
Object* exact_int_result(Object* r, const char* what) {
  if (!r) return nullptr;
  if (is_exact_int(r)) return r;
  if (!is_int(r)) {
    raise(&exc::TypeError, "%s returned non-int (type %s)", what, type_name(r));
    decref(r);
    return nullptr;
  }
  Object* e = int_exact_copy(r);
  decref(r);
  return e;
}

Object* trunc_name() {
  static Object* name = str_intern("__trunc__");
  return name;
}

}  // namespace

Object* int_from_object(Object* o) {
  if (is_int(o)) return int_exact_copy(o);
  TypeObject* t = type_of(o);
  if (t->nb_int) return exact_int_result(t->nb_int(o), "__int__");
  if (t->nb_index) return exact_int_result(t->nb_index(o), "__index__");
  if (type_lookup(t, trunc_name())) {
    Object* r = call_method(o, trunc_name(), nullptr, 0);
    if (!r || is_int(r)) return exact_int_result(r, "__trunc__");
    if (!type_of(r)->nb_index) {
      raise(&exc::TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r));
      decref(r);
      return nullptr;
    }
    Object* i = exact_int_result(type_of(r)->nb_index(r), "__index__");
    decref(r);
    return i;
  }
  if (is_str(o)) return int_from_string(str_data(o), static_cast<size_t>(str_size(o)), 10);
  std::string_view bytes;
  if (bytes_like_view(o, &bytes)) return int_from_bytes_text(o, 10);
  return raise(&exc::TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_name(o));
}

namespace {

Object* int_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kNames[] = {"x", "base", nullptr};
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("int", args, nargs, kwnames, kNames, 0, a, 1)) return nullptr;
  Object* x = a[0];
  Object* r;
  if (!a[1]) {
    r = x ? int_from_object(x) : int_from_i64(0);
  } else {
    if (!x) return raise(&exc::TypeError, "int() missing string argument");
    intptr_t base;
    if (!index_as_ssize(a[1], &base, nullptr)) return nullptr;
    if (base < INT32_MIN || base > INT32_MAX) base = 99;  // rejected by the range check
    if (is_str(x)) r = int_from_string(str_data(x), static_cast<size_t>(str_size(x)), static_cast<int>(base));
    else if (std::string_view v; bytes_like_view(x, &v)) r = int_from_bytes_text(x, static_cast<int>(base));
    else return raise(&exc::TypeError, "int() can't convert non-string with explicit base");
  }
  if (!r || type == &IntType) return r;
  Object* sub = int_subtype_from(type, r);
  decref(r);
  return sub;
}

Object* bool_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "bool() takes no keyword arguments");
  if (nargs > 1) return raise(&exc::TypeError, "bool expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return False;
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  return bool_from(t);
}

// ---- slots --------------------------------------------------------------------------

Object* int_repr_slot(Object* o) { return int_repr(o); }
int64_t int_hash_slot(Object* o) { return int_hash(o); }
int int_bool_slot(Object* o) { return int_sign(o) != 0; }
Object* int_int_slot(Object* o) { return int_exact_copy(o); }
Object* int_float_slot(Object* o) {
  bool overflow;
  double d = int_as_double(o, &overflow);
  return overflow ? nullptr : float_from_double(d);
}

}  // namespace

Object* bool_repr(Object* o) {
  static Object* const text[2] = {str_intern("False"), str_intern("True")};
  return newref(text[int_small_value(o) != 0]);
}

// & | ^ of two bools is a bool; everything else is int arithmetic.
Object* bool_binop(Object* a, Object* b, BinOp op) {
  if ((op == BinOp::And || op == BinOp::Or || op == BinOp::Xor) && is_bool(a) && is_bool(b)) {
    bool x = int_small_value(a) != 0, y = int_small_value(b) != 0;
    return bool_from(op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y));
  }
  return int_binop(a, b, op);
}

extern MethodDef int_methods[];
extern GetSetDef int_getset[];
extern MethodDef bool_methods[];

void int_types_init() {
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);

  IntType.name = "int";
  IntType.basicsize = sizeof(IntObject);
  IntType.flags = kBaseType | kIntSubclass;
  IntType.doc =
      "int([x]) -> integer\n"
      "int(x, base=10) -> integer\n\n"
      "Convert a number or string to an integer, or return 0 if no arguments\n"
      "are given.";
  IntType.dealloc = int_dealloc;
  IntType.repr = int_repr_slot;
  IntType.hash = int_hash_slot;
  IntType.richcompare = int_richcompare;
  IntType.binop = int_binop;
  IntType.unary = int_unary;
  IntType.nb_bool = int_bool_slot;
  IntType.nb_int = int_int_slot;
  IntType.nb_float = int_float_slot;
  IntType.nb_index = int_int_slot;
  IntType.new_ = int_new;
  IntType.methods = int_methods;
  IntType.getset = int_getset;
  IntType.base = &ObjectType;
  type_ready(&IntType);

  BoolType.name = "bool";
  BoolType.basicsize = sizeof(IntObject);
  BoolType.flags = kIntSubclass;  // not kBaseType: bool cannot be subclassed
  BoolType.doc =
      "bool(x) -> bool\n\n"
      "Returns True when the argument x is true, False otherwise.";
  BoolType.repr = bool_repr;
  BoolType.binop = bool_binop;
  BoolType.new_ = bool_new;
  BoolType.methods = bool_methods;
  BoolType.base = &IntType;
  type_ready(&BoolType);
}

}  // namespace frost
