/*
 * int_methods.cpp — the methods and attributes of int and bool:
 * bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, conjugate,
 * __round__ and friends, __format__ (int_format), and the dunder methods
 * that expose the operator slots (`(17).__add__(3)`, and what a subclass's
 * `super().__add__(x)` finds).
 *
 * int.__format__ follows CPython's format_long_internal: types b c d o x X n
 * render the integer exactly (with the decimal digit limit for d and n);
 * e E f F g G % convert to float first.
 */
#include <bit>
#include <cstring>

#include "vm/types/bytes.h"
#include "vm/types/number_internal.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

bool dunder_args(size_t nargs, Object* kwnames, size_t expected) {
  if (kwnames && tuple_size(kwnames) > 0) {
    raise(&exc::TypeError, "wrapper takes no keyword arguments");
    return false;
  }
  if (nargs != expected) {
    raise(&exc::TypeError, "expected %zu argument%s, got %zu", expected, expected == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

namespace {

// ---- __format__ --------------------------------------------------------------------

Object* format_int_exact(Object* o, const FormatSpec& f) {
  if (f.precision >= 0) return raise(&exc::ValueError, "Precision not allowed in integer format specifier");
  if (f.no_neg_zero)
    return raise(&exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  std::string out;
  FormatNumber n;
  std::string digits, ch;
  if (f.type == 'c') {
    if (f.sign) return raise(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      return raise(&exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t v;
    if (!int_as_i64(o, &v)) return nullptr;
    if (v < 0 || v > 0x10FFFF) return raise(&exc::OverflowError, "%%c arg not in range(0x110000)");
    format_spec_append_utf8(ch, static_cast<uint32_t>(v));
    n.rest = ch;
  } else {
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
      case 'b': base = 2; prefix = "0b"; break;
      case 'o': base = 8; prefix = "0o"; break;
      case 'x': base = 16; prefix = "0x"; break;
      case 'X': base = 16; prefix = "0X"; break;
      default: break;
    }
    if (!int_magnitude_digits(o, base, &digits)) return nullptr;
    if (f.type == 'X')
      for (char& c : digits) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    n.negative = int_sign(o) < 0;
    if (f.alternate) n.prefix = prefix;
    n.digits = digits;
  }
  format_spec_render_number(out, f, n);
  return str_from(out);
}

}  // namespace

Object* int_format(Object* o, Object* spec) {
  if (str_size(spec) == 0) return is_exact_int(o) ? int_repr(o) : object_str(o);
  FormatSpec f;
  if (!format_spec_parse(str_view(spec), &f, 'd', '>', type_name(o))) return nullptr;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_int_exact(o, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      bool overflow;
      double d = int_as_double(o, &overflow);
      if (overflow) return nullptr;
      std::string out;
      if (!float_format_spec(d, f, out)) return nullptr;
      return str_from(out);
    }
    default:
      return format_spec_unknown_type(f.type, type_name(o));
  }
}

namespace {

Object* m_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__format__", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  return int_format(self, args[0]);
}

// ---- bits ------------------------------------------------------------------------------

Object* m_bit_length(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("bit_length", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_u64(int_bit_length(self));
}

Object* m_bit_count(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("bit_count", nargs, kwnames, 0, 0)) return nullptr;
  auto* i = static_cast<IntObject*>(self);
  if (!i->big) {
    uint64_t a = i->value < 0 ? 0 - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
    return int_from_i64(std::popcount(a));
  }
  __mpz_struct magnitude;  // abs() as a read-only view of the same limbs
  mpz_roinit_n(&magnitude, i->big->_mp_d, std::abs(i->big->_mp_size));
  return int_from_u64(mpz_popcount(&magnitude));
}

// ---- to_bytes / from_bytes ---------------------------------------------------------------

// Parses byteorder: 1 for big, 0 for little, -1 with an exception set.
int parse_byteorder(Object* o, const char* fname) {
  if (!o) return 1;
  if (!is_str(o)) {
    raise(&exc::TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name(o));
    return -1;
  }
  std::string_view s = str_view(o);
  if (s == "big") return 1;
  if (s == "little") return 0;
  raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

// Splits off the keyword-only `signed` argument, which parse_args cannot
// express: returns its value (borrowed, null if absent) and leaves in
// *rest_kw the other keywords as a new tuple (or null).
bool take_signed_kw(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                    size_t max_positional, Object** signed_value, Object** rest_kw,
                    Object** rest_args_storage) {
  *signed_value = nullptr;
  *rest_kw = nullptr;
  if (nargs > max_positional) {
    raise(&exc::TypeError, "%s() takes at most %zu positional arguments (%zu given)", fname,
          max_positional, nargs);
    return false;
  }
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  size_t kept = 0;
  for (intptr_t k = 0; k < nkw; ++k) {
    if (str_view(tuple_get(kwnames, k)) == "signed") *signed_value = args[nargs + k];
    else ++kept;
  }
  if (kept == static_cast<size_t>(nkw)) {
    *rest_kw = kwnames ? newref(kwnames) : nullptr;
    for (size_t k = 0; k < nargs + kept; ++k) rest_args_storage[k] = args[k];
    return true;
  }
  Object* t = kept ? tuple_new(static_cast<intptr_t>(kept)) : nullptr;
  if (kept && !t) return false;
  for (size_t k = 0; k < nargs; ++k) rest_args_storage[k] = args[k];
  size_t j = 0;
  for (intptr_t k = 0; k < nkw; ++k) {
    Object* name = tuple_get(kwnames, k);
    if (str_view(name) == "signed") continue;
    tuple_set(t, static_cast<intptr_t>(j), newref(name));
    rest_args_storage[nargs + j] = args[nargs + k];
    ++j;
  }
  *rest_kw = t;
  return true;
}

Object* m_to_bytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kNames[] = {"length", "byteorder", nullptr};
  Object* storage[8];
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  if (nargs + nkw > 8) return raise(&exc::TypeError, "to_bytes() takes at most 3 arguments");
  Object *signed_obj, *rest_kw;
  if (!take_signed_kw("to_bytes", args, nargs, kwnames, 2, &signed_obj, &rest_kw, storage)) return nullptr;
  Object* a[2] = {nullptr, nullptr};
  bool ok = parse_args("to_bytes", storage, nargs, rest_kw, kNames, 0, a);
  xdecref(rest_kw);
  if (!ok) return nullptr;
  intptr_t length = 1;
  if (a[0] && !index_as_ssize(a[0], &length, &exc::OverflowError)) return nullptr;
  if (length < 0) return raise(&exc::ValueError, "length argument must be non-negative");
  int big_endian = parse_byteorder(a[1], "to_bytes");
  if (big_endian < 0) return nullptr;
  bool is_signed = false;
  if (signed_obj) {
    int t = object_is_true(signed_obj);
    if (t < 0) return nullptr;
    is_signed = t != 0;
  }
  int sign = int_sign(self);
  if (sign < 0 && !is_signed) return raise(&exc::OverflowError, "can't convert negative int to unsigned");
  // Bits needed: the magnitude's, plus a sign bit when signed (for a
  // negative value, the bits of ~value = -value - 1).
  uint64_t needed;
  MpzTemp v;
  int_to_mpz(self, v);
  if (sign < 0) {
    MpzTemp w;
    mpz_com(w, v);  // -v - 1
    needed = mpz_sgn(w.get()) == 0 ? 1 : mpz_sizeinbase(w, 2) + 1;
  } else {
    needed = (sign == 0 ? 0 : mpz_sizeinbase(v, 2)) + (is_signed ? 1 : 0);
  }
  if (needed > static_cast<uint64_t>(length) * 8) return raise(&exc::OverflowError, "int too big to convert");
  Object* b = bytes_alloc(length);
  if (!b) return nullptr;
  char* data = const_cast<char*>(bytes_data(b));
  memset(data, sign < 0 ? 0xFF : 0, static_cast<size_t>(length));
  if (sign < 0) {
    // Two's complement in `length` bytes: 2**(8*length) + value.
    MpzTemp m;
    mpz_setbit(m, static_cast<mp_bitcnt_t>(length) * 8);
    mpz_add(v, v, m);
  }
  size_t count = 0;
  if (mpz_sgn(v.get()) != 0) {
    size_t n = (mpz_sizeinbase(v, 2) + 7) / 8;
    mpz_export(data + (length - static_cast<intptr_t>(n)), &count, 1, 1, 1, 0, v);
  }
  if (!big_endian)
    for (intptr_t i = 0, j = length - 1; i < j; ++i, --j) std::swap(data[i], data[j]);
  return b;
}

Object* m_from_bytes(Object* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kNames[] = {"bytes", "byteorder", nullptr};
  Object* storage[8];
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  if (nargs + nkw > 8) return raise(&exc::TypeError, "from_bytes() takes at most 3 arguments");
  Object *signed_obj, *rest_kw;
  if (!take_signed_kw("from_bytes", args, nargs, kwnames, 2, &signed_obj, &rest_kw, storage)) return nullptr;
  Object* a[2] = {nullptr, nullptr};
  bool ok = parse_args("from_bytes", storage, nargs, rest_kw, kNames, 1, a);
  xdecref(rest_kw);
  if (!ok) return nullptr;
  int big_endian = parse_byteorder(a[1], "from_bytes");
  if (big_endian < 0) return nullptr;
  bool is_signed = false;
  if (signed_obj) {
    int t = object_is_true(signed_obj);
    if (t < 0) return nullptr;
    is_signed = t != 0;
  }
  Object* data;
  std::string_view view;
  if (bytes_like_view(a[0], &view)) {
    data = newref(a[0]);
  } else if (is_str(a[0])) {
    return raise(&exc::TypeError, "cannot convert '%s' object to bytes", type_name(a[0]));
  } else {
    data = call1(&BytesType, a[0]);
    if (!data) return nullptr;
    bytes_like_view(data, &view);
  }
  size_t n = view.size();
  MpzTemp v;
  if (n) mpz_import(v, n, big_endian ? 1 : -1, 1, 0, 0, view.data());
  if (is_signed && n) {
    auto top = static_cast<unsigned char>(view[big_endian ? 0 : n - 1]);
    if (top & 0x80) {
      MpzTemp m;
      mpz_setbit(m, n * 8);
      mpz_sub(v, v, m);
    }
  }
  decref(data);
  Object* r = v.take();
  if (!r || type == &IntType) return r;
  Object* sub = call1(type, r);
  decref(r);
  return sub;
}

// ---- small methods -------------------------------------------------------------------------

Object* m_self_int(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("int", nargs, kwnames, 0, 0)) return nullptr;
  return int_exact_copy(self);
}

Object* m_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("as_integer_ratio", nargs, kwnames, 0, 0)) return nullptr;
  Object* n = int_exact_copy(self);
  if (!n) return nullptr;
  Object* t = tuple_pack(2, n, int_from_i64(1));
  decref(n);
  return t;
}

// round(self, ndigits): for ndigits < 0, rounds half-even to a multiple of
// 10**-ndigits (CPython's _PyLong_DivmodNear).
Object* m_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__round__", nargs, kwnames, 0, 1)) return nullptr;
  if (nargs == 0 || args[0] == None) return int_exact_copy(self);
  Object* nd = number_index(args[0]);
  if (!nd) return nullptr;
  int sign = int_sign(nd);
  Object* r = nullptr;
  if (sign >= 0) {
    r = int_exact_copy(self);
  } else if (!int_is_small(nd) || int_small_value(nd) < -static_cast<int64_t>(int_bit_length(self)) - 1) {
    r = int_from_i64(0);  // 10**-ndigits exceeds twice the value: rounds to zero
  } else {
    MpzTemp p, q, rem, twice;
    mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-int_small_value(nd)));
    mpz_fdiv_qr(q, rem, MpzArg(self), p);
    mpz_mul_2exp(twice, rem, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    r = q.take();
  }
  decref(nd);
  return r;
}

Object* m_divmod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return int_divmod(self, args[0]);
}

Object* m_rdivmod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return int_divmod(args[0], self);
}

Object* m_pow(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__pow__", nargs, kwnames, 1, 2)) return nullptr;
  if (nargs == 2 && args[1] != None) {
    if (!is_int(args[0]) || !is_int(args[1])) return NotImplemented;
    return int_power_mod(self, args[0], args[1]);
  }
  return int_binop(self, args[0], BinOp::Pow);
}

Object* m_rpow(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__rpow__", nargs, kwnames, 1, 2)) return nullptr;
  if (nargs == 2 && args[1] != None) {
    if (!is_int(args[0]) || !is_int(args[1])) return NotImplemented;
    return int_power_mod(args[0], self, args[1]);
  }
  return int_binop(args[0], self, BinOp::Pow);
}

Object* m_abs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return int_abs(self);
}

Object* m_bool(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return bool_from(int_sign(self) != 0);
}

Object* m_hash(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return int_from_i64(int_hash(self));
}

// Calls int_repr itself, not the type's slot: a subclass's __repr__ that
// calls super().__repr__() must not come back to itself.
Object* m_repr(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return int_repr(self);
}

Object* m_float(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  bool overflow;
  double d = int_as_double(self, &overflow);
  return overflow ? nullptr : float_from_double(d);
}

Object* m_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__getnewargs__", nargs, kwnames, 0, 0)) return nullptr;
  Object* v = int_exact_copy(self);
  if (!v) return nullptr;
  Object* t = tuple_pack(1, v);
  decref(v);
  return t;
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__sizeof__", nargs, kwnames, 0, 0)) return nullptr;
  auto* i = static_cast<IntObject*>(self);
  size_t n = static_cast<size_t>(type_of(self)->basicsize);
  if (i->big) n += sizeof(__mpz_struct) + static_cast<size_t>(i->big->_mp_alloc) * sizeof(mp_limb_t);
  return int_from_u64(n);
}

// ---- attributes -------------------------------------------------------------------------------

Object* get_self_int(Object* self) { return int_exact_copy(self); }
Object* get_zero(Object*) { return int_from_i64(0); }
Object* get_one(Object*) { return int_from_i64(1); }

}  // namespace

MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0,
     "bit_length($self, /)\nNumber of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0,
     "bit_count($self, /)\nNumber of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, 0,
     "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\nReturn an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, kMethClass,
     "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\nReturn the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, 0,
     "as_integer_ratio($self, /)\nReturn integer ratio."},
    {"conjugate", m_self_int, 0, "conjugate($self, /)\nReturns self, the complex conjugate of any int."},
    {"__trunc__", m_self_int, 0, "__trunc__($self, /)\nTruncating an Integral returns itself."},
    {"__floor__", m_self_int, 0, "__floor__($self, /)\nFlooring an Integral returns itself."},
    {"__ceil__", m_self_int, 0, "__ceil__($self, /)\nCeiling of an Integral returns itself."},
    {"__round__", m_round, 0,
     "__round__($self, ndigits=None, /)\nRounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__index__", dunder_convert<int_exact_copy>, 0, "__index__($self, /)\nReturn self converted to an integer, if self is suitable for use as an index into a list."},
    {"__int__", dunder_convert<int_exact_copy>, 0, "__int__($self, /)\nint(self)"},
    {"__float__", m_float, 0, "__float__($self, /)\nfloat(self)"},
    {"__bool__", m_bool, 0, "__bool__($self, /)\nTrue if self else False"},
    {"__abs__", m_abs, 0, "__abs__($self, /)\nabs(self)"},
    {"__neg__", dunder_unary<int_unary, UnaryOp::Neg>, 0, "__neg__($self, /)\n-self"},
    {"__pos__", dunder_unary<int_unary, UnaryOp::Pos>, 0, "__pos__($self, /)\n+self"},
    {"__invert__", dunder_unary<int_unary, UnaryOp::Invert>, 0, "__invert__($self, /)\n~self"},
    {"__hash__", m_hash, 0, "__hash__($self, /)\nReturn hash(self)."},
    {"__repr__", m_repr, 0, "__repr__($self, /)\nReturn repr(self)."},
    {"__format__", m_format, 0, "__format__($self, format_spec, /)\nConvert to a string according to format_spec."},
    {"__getnewargs__", m_getnewargs, 0, "__getnewargs__($self, /)"},
    {"__sizeof__", m_sizeof, 0, "__sizeof__($self, /)\nReturns size in memory, in bytes."},
    {"__divmod__", m_divmod, 0, "__divmod__($self, value, /)\nReturn divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "__rdivmod__($self, value, /)\nReturn divmod(value, self)."},
    {"__pow__", m_pow, 0, "__pow__($self, value, mod=None, /)\nReturn pow(self, value, mod)."},
    {"__rpow__", m_rpow, 0, "__rpow__($self, value, mod=None, /)\nReturn pow(value, self, mod)."},
    FROST_NUMBER_BINOP_DUNDERS(int_binop),
    {"__lshift__", dunder_binop<int_binop, BinOp::LShift>, 0, "Return self<<value."},
    {"__rlshift__", dunder_rbinop<int_binop, BinOp::LShift>, 0, "Return value<<self."},
    {"__rshift__", dunder_binop<int_binop, BinOp::RShift>, 0, "Return self>>value."},
    {"__rrshift__", dunder_rbinop<int_binop, BinOp::RShift>, 0, "Return value>>self."},
    {"__and__", dunder_binop<int_binop, BinOp::And>, 0, "Return self&value."},
    {"__rand__", dunder_rbinop<int_binop, BinOp::And>, 0, "Return value&self."},
    {"__or__", dunder_binop<int_binop, BinOp::Or>, 0, "Return self|value."},
    {"__ror__", dunder_rbinop<int_binop, BinOp::Or>, 0, "Return value|self."},
    {"__xor__", dunder_binop<int_binop, BinOp::Xor>, 0, "Return self^value."},
    {"__rxor__", dunder_rbinop<int_binop, BinOp::Xor>, 0, "Return value^self."},
    FROST_NUMBER_COMPARE_DUNDERS(int_richcompare),
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef int_getset[] = {
    {"real", get_self_int, nullptr, "the real part of a complex number"},
    {"imag", get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", get_self_int, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr},
};

namespace {
Object* bool_repr_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return bool_repr(self);
}
}  // namespace

// bool's & | ^ give bools for two bools (its binop slot); these dunders make
// `True.__and__(False)` agree.
MethodDef bool_methods[] = {
    {"__repr__", bool_repr_method, 0, "__repr__($self, /)\nReturn repr(self)."},
    {"__and__", dunder_binop<bool_binop, BinOp::And>, 0, "Return self&value."},
    {"__rand__", dunder_rbinop<bool_binop, BinOp::And>, 0, "Return value&self."},
    {"__or__", dunder_binop<bool_binop, BinOp::Or>, 0, "Return self|value."},
    {"__ror__", dunder_rbinop<bool_binop, BinOp::Or>, 0, "Return value|self."},
    {"__xor__", dunder_binop<bool_binop, BinOp::Xor>, 0, "Return self^value."},
    {"__rxor__", dunder_rbinop<bool_binop, BinOp::Xor>, 0, "Return value^self."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace frost
