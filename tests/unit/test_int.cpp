// Unit tests of int and bool (vm/types/int*.cpp) through the generic
// protocol, against values printed by CPython 3.11 (int_cases.inc, made by
// gen_number_cases.py) and hand-checked cases for what the tables cannot
// hold.  Every case checks refcount balance with live_objects.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "number_test_util.h"
#include "vm/interpreter.h"
#include "vm/types/bytes.h"
#include "vm/types/format_spec.h"

using namespace frost;
using namespace number_test;

namespace {

#include "int_cases.inc"

Object* I(int64_t v) { return int_from_i64(v); }
Object* N(const char* decimal) { return int_from_string(decimal, strlen(decimal), 10); }

std::string binop_text(std::string_view a, BinOp op, std::string_view b) {
  Object* x = make(a);
  Object* y = make(b);
  std::string r = show(binary_op(x, y, op));
  decref(x);
  decref(y);
  return r;
}

// int(*args) through the type's call.
std::string int_call(std::initializer_list<Object*> args, Object* kwnames = nullptr) {
  size_t n = args.size() - (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
  return show(call(&IntType, args.begin(), n, kwnames));
}

Object* kwnames_of(std::initializer_list<const char*> names) {
  Object* t = tuple_new(static_cast<intptr_t>(names.size()));
  intptr_t i = 0;
  for (const char* n : names) tuple_set(t, i++, newref(str_intern(n)));
  return t;
}

}  // namespace

TEST_CASE("int: small ints are cached, immortal and normalised") {
  runtime_init();
  intptr_t before = live_objects;
  CHECK(int_from_i64(-5) == int_from_i64(-5));
  CHECK(int_from_i64(1024) == int_from_i64(1024));
  CHECK(is_immortal(int_from_i64(0)));
  Object* big = int_from_i64(1025);
  CHECK(!is_immortal(big));
  CHECK(live_objects == before + 1);
  decref(big);
  // A result that fits int64 is never big, whatever made it.
  Object* a = N("123456789012345678901234567890");
  Object* b = N("123456789012345678901234567889");
  Object* d = binary_op(a, b, BinOp::Sub);
  CHECK(d == int_from_i64(1));
  Object* m = N("-9223372036854775808");
  CHECK(int_is_small(m));
  Object* neg = unary_op(m, UnaryOp::Neg);
  CHECK(!int_is_small(neg));
  Object* back = unary_op(neg, UnaryOp::Neg);
  CHECK(int_is_small(back));
  for (Object* o : {a, b, d, m, neg, back}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("int: arithmetic, shifts and powers match CPython") {
  runtime_init();
  intptr_t before = live_objects;
  for (const BinopCase& c : kIntBinops) {
    INFO(c.a, " ", binop_symbol(c.op), " ", c.b);
    CHECK(binop_text(c.a, c.op, c.b) == c.expected);
  }
  CHECK(live_objects == before);
}

TEST_CASE("int: hashes match CPython") {
  runtime_init();
  intptr_t before = live_objects;
  for (const PairCase& c : kIntHashes) {
    INFO(c.a);
    Object* v = make(c.a);
    CHECK(std::to_string(object_hash(v)) == c.b);
    decref(v);
  }
  CHECK(int_hash_i64(-1) == -2);
  CHECK(int_hash_i64(INT64_MIN) == -4);
  CHECK(live_objects == before);
}

TEST_CASE("int: parsing text like int(s, base)") {
  runtime_init();
  intptr_t before = live_objects;
  for (const ParseCase& c : kIntParse) {
    INFO(c.text, " base ", c.base);
    CHECK(show(int_from_string(c.text.data(), c.text.size(), c.base)) == c.expected);
  }
  // Long inputs: the message quotes at most 200 characters of the repr.
  std::string xs(300, 'x');
  std::string err = show(int_from_string(xs.data(), xs.size(), 10));
  CHECK(err.size() == strlen("ValueError: ") + 240);
  CHECK(err.substr(err.size() - 3) == "xxx");
  std::string ones(4301, '1');
  CHECK(show(int_from_string(ones.data(), ones.size(), 10)) ==
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
        "digits; use sys.set_int_max_str_digits() to increase the limit");
  std::string zeros(5000, '0');
  CHECK(show(int_from_string(zeros.data(), zeros.size(), 10)).find("value has 5000 digits") != std::string::npos);
  // Power-of-two bases have no limit.
  std::string fs(5000, 'f');
  Object* big = int_from_string(fs.data(), fs.size(), 16);
  REQUIRE(big);
  CHECK(int_bit_length(big) == 20000);
  decref(big);
  CHECK(live_objects == before);
}

TEST_CASE("int: repr, str, hex and the digit limit") {
  runtime_init();
  intptr_t before = live_objects;
  Object* big = make("p:10**4300");
  CHECK(show(object_repr(big)) ==
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit");
  Object* smaller = binary_op(big, int_from_i64(10), BinOp::FloorDiv);
  Object* r = object_str(smaller);
  REQUIRE(r);
  CHECK(str_size(r) == 4300);
  decref(r);
  CHECK(int_to_decimal(big).size() == 4301);  // the internal conversion has no limit
  CHECK(!int_set_max_str_digits(100));
  CHECK(take_error() == "ValueError: maxdigits must be 0 or larger than 640");
  CHECK(int_set_max_str_digits(0));
  r = object_repr(big);
  REQUIRE(r);
  CHECK(str_size(r) == 4301);
  decref(r);
  CHECK(int_set_max_str_digits(4300));
  CHECK(int_get_max_str_digits() == 4300);
  Object* h = int_to_base_string(big, 16);
  REQUIRE(h);
  CHECK(str_view(h).substr(0, 5) == "0x139");
  decref(h);
  decref(big);
  decref(smaller);
  Object* n = N("-1267650600228229401496703205376");
  CHECK(show(int_to_base_string(n, 16)) == "'-0x10000000000000000000000000'");
  CHECK(show(int_to_base_string(n, 2)).substr(0, 6) == "'-0b10");
  CHECK(show(int_to_base_string(int_from_i64(0), 8)) == "'0o0'");
  decref(n);
  CHECK(show(int_from_i64(INT64_MIN)) == "-9223372036854775808");
  CHECK(live_objects == before);
}

TEST_CASE("int: format() and the shared spec parser") {
  runtime_init();
  intptr_t before = live_objects;
  for (const FormatCase& c : kIntFormats) {
    INFO("format(", c.value, ", '", c.spec, "')");
    Object* v = make(c.value);
    CHECK(format_text(v, c.spec) == c.expected);
    decref(v);
  }
  FormatSpec f;
  REQUIRE(format_spec_parse("*^+#012,.3f", &f, 'd', '>', "int"));
  CHECK(f.fill == '*');
  CHECK(f.align == '^');
  CHECK(f.sign == '+');
  CHECK(f.alternate);
  CHECK(f.width == 12);
  CHECK(f.grouping == ',');
  CHECK(f.precision == 3);
  CHECK(f.type == 'f');
  std::string out;
  f = FormatSpec{};
  f.fill = 0xE9;
  f.align = '^';
  f.width = 6;
  format_spec_pad(out, "ab", 2, f);
  CHECK(out == "\xC3\xA9\xC3\xA9" "ab" "\xC3\xA9\xC3\xA9");
  CHECK(live_objects == before);
}

TEST_CASE("int: the int() constructor") {
  runtime_init();
  str_intern("base");  // interned names live on: make them before counting
  intptr_t before = live_objects;
  CHECK(int_call({}) == "0");
  Object* f = float_from_double(-3.9);
  CHECK(int_call({f}) == "-3");
  decref(f);
  f = float_from_double(1e20);
  CHECK(int_call({f}) == "100000000000000000000");
  decref(f);
  f = float_from_double(HUGE_VAL);
  CHECK(int_call({f}) == "OverflowError: cannot convert float infinity to integer");
  decref(f);
  f = float_from_double(NAN);
  CHECK(int_call({f}) == "ValueError: cannot convert float NaN to integer");
  Object* ten = I(10);
  CHECK(int_call({f, ten}) == "TypeError: int() can't convert non-string with explicit base");
  decref(f);
  Object* r = call(&IntType, &True, 1);
  CHECK(r == int_from_i64(1));  // int(True) is the int 1, not True
  xdecref(r);
  Object* s = S(" 1_000 ");
  CHECK(int_call({s}) == "1000");
  decref(s);
  s = S("0x1f");
  Object* zero = I(0);
  CHECK(int_call({s, zero}) == "31");
  Object* kw = kwnames_of({"base"});
  Object* sixteen = I(16);
  CHECK(int_call({s, sixteen}, kw) == "31");
  decref(kw);
  decref(s);
  Object* b = bytes_from(" 12 ", 4);
  CHECK(int_call({b}) == "12");
  decref(b);
  b = bytes_from("x", 1);
  CHECK(int_call({b}) == "ValueError: invalid literal for int() with base 10: b'x'");
  decref(b);
  CHECK(int_call({None}) ==
        "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  s = S("10");
  Object* one = I(1);
  CHECK(int_call({s, one}) == "ValueError: int() base must be >= 2 and <= 36, or 0");
  decref(s);
  CHECK(live_objects == before);
}

TEST_CASE("int: to_bytes and from_bytes") {
  runtime_init();
  for (const char* name : {"to_bytes", "from_bytes", "signed"}) str_intern(name);
  intptr_t before = live_objects;
  Object* big_s = S("big");
  Object* little_s = S("little");
  Object* v = I(1024);
  Object* two = I(2);
  CHECK(call_method_text(v, "to_bytes", {two, big_s}) == "b'\\x04\\x00'");
  CHECK(call_method_text(v, "to_bytes", {two, little_s}) == "b'\\x00\\x04'");
  Object* one = I(1);
  CHECK(call_method_text(v, "to_bytes", {one, big_s}) == "OverflowError: int too big to convert");
  decref(v);
  v = I(-129);
  Object* kw = kwnames_of({"signed"});
  Object* args[3] = {two, little_s, True};
  CHECK(show(call_method(v, str_intern("to_bytes"), args, 2, kw)) == "b'\\x7f\\xff'");
  CHECK(call_method_text(v, "to_bytes", {two, big_s}) == "OverflowError: can't convert negative int to unsigned");
  decref(v);
  v = N("18446744073709551617");
  Object* nine = I(9);
  CHECK(call_method_text(v, "to_bytes", {nine, little_s}) == "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01'");
  decref(v);
  v = N("-1180591620717411303424");
  Object* args2[3] = {nine, big_s, True};
  CHECK(show(call_method(v, str_intern("to_bytes"), args2, 2, kw)) ==
        "b'\\xc0\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'");
  decref(v);
  v = I(255);
  Object* args3[2] = {one, True};
  CHECK(show(call_method(v, str_intern("to_bytes"), args3, 1, kw)) == "OverflowError: int too big to convert");
  CHECK(call_method_text(v, "to_bytes", {}) == "b'\\xff'");
  Object* middle = S("middle");
  CHECK(call_method_text(v, "to_bytes", {one, middle}) == "ValueError: byteorder must be either 'little' or 'big'");
  Object* minus = I(-1);
  CHECK(call_method_text(v, "to_bytes", {minus}) == "ValueError: length argument must be non-negative");
  decref(v);

  std::string raw("\x80\0\0\0\0\0\0\0\0\0", 10);
  Object* b = bytes_from(raw.data(), raw.size());
  Object* fargs[3] = {b, big_s, True};
  CHECK(show(call_method(&IntType, str_intern("from_bytes"), fargs, 2, kw)) == "-604462909807314587353088");
  CHECK(call_method_text(&IntType, "from_bytes", {b, little_s}) == "128");
  decref(b);
  b = bytes_from("", 0);
  CHECK(call_method_text(&IntType, "from_bytes", {b, big_s}) == "0");
  decref(b);
  b = bytes_from("\x01", 1);
  CHECK(call_method_text(&BoolType, "from_bytes", {b, big_s}) == "True");
  decref(b);
  Object* s = S("ab");
  CHECK(call_method_text(&IntType, "from_bytes", {s, big_s}) == "TypeError: cannot convert 'str' object to bytes");
  decref(s);
  decref(kw);
  decref(middle);
  decref(big_s);
  decref(little_s);
  CHECK(live_objects == before);
}

TEST_CASE("int: pow with a modulus") {
  runtime_init();
  intptr_t before = live_objects;
  struct {
    const char *a, *b, *m, *expected;
  } cases[] = {
      {"2", "-1", "7", "4"},
      {"2", "-1", "4", "ValueError: base is not invertible for the given modulus"},
      {"0", "-1", "5", "ValueError: base is not invertible for the given modulus"},
      {"2", "3", "0", "ValueError: pow() 3rd argument cannot be 0"},
      {"2", "3", "-5", "-2"},
      {"-2", "3", "5", "2"},
      {"2", "-3", "-7", "-6"},
      {"5", "0", "1", "0"},
      {"5", "0", "-1", "0"},
      {"5", "0", "-3", "-2"},
      {"3", "200", "1000000007", "136318165"},
      {"3", "100000000000000000000", "1000000007", "139421235"},
      {"1267650600228229401496703205377", "-1", "1000000000000000000000000000057",
       "434698449279782249816324429621"},
      {"-10000000000000000000000000000000000000003", "10000000000000000000000001",
       "-618970019642690137449562111", "-281684639730662449026533831"},
  };
  for (auto& c : cases) {
    INFO("pow(", c.a, ", ", c.b, ", ", c.m, ")");
    Object *a = N(c.a), *b = N(c.b), *m = N(c.m);
    CHECK(show(int_power_mod(a, b, m)) == c.expected);
    decref(a);
    decref(b);
    decref(m);
  }
  Object* f = float_from_double(3.0);
  CHECK(show(int_power_mod(int_from_i64(2), f, int_from_i64(5))) ==
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  decref(f);
  CHECK(live_objects == before);
}

TEST_CASE("int: divmod, abs, round and the small methods") {
  runtime_init();
  intptr_t before = live_objects;
  Object* a = N("1000000000000000000000000000007");
  Object* m3 = I(-3);
  CHECK(show(int_divmod(a, m3)) == "(-333333333333333333333333333336, -1)");
  Object* na = unary_op(a, UnaryOp::Neg);
  Object* e15 = N("1000000000000000");
  CHECK(show(int_divmod(na, e15)) == "(-1000000000000001, 999999999999993)");
  Object* mn = I(INT64_MIN);
  Object* m1 = I(-1);
  CHECK(show(int_divmod(mn, m1)) == "(9223372036854775808, 0)");
  CHECK(show(int_divmod(m3, int_from_i64(0))) == "ZeroDivisionError: integer division or modulo by zero");
  CHECK(show(int_abs(mn)) == "9223372036854775808");
  CHECK(call_method_text(a, "bit_length", {}) == "100");
  CHECK(call_method_text(na, "bit_count", {}) == "40");
  CHECK(call_method_text(m3, "as_integer_ratio", {}) == "(-3, 1)");
  CHECK(call_method_text(m3, "conjugate", {}) == "-3");
  Object* m2 = I(-2);
  Object* v = I(1250);
  CHECK(call_method_text(v, "__round__", {m2}) == "1200");
  decref(v);
  v = I(-1350);
  CHECK(call_method_text(v, "__round__", {m2}) == "-1400");
  CHECK(call_method_text(v, "__round__", {}) == "-1350");
  decref(v);
  Object* m10 = I(-10);
  v = N("-1000000000000000000005000000000");
  CHECK(call_method_text(v, "__round__", {m10}) == "-1000000000000000000000000000000");
  decref(v);
  Object* f = float_from_double(1.5);
  CHECK(call_method_text(m3, "__round__", {f}) == "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(call_method_text(m3, "__add__", {f}) == "NotImplemented");
  CHECK(call_method_text(m3, "__radd__", {m2}) == "-5");
  CHECK(call_method_text(m3, "__rsub__", {m2}) == "1");
  CHECK(call_method_text(m3, "__rdivmod__", {m10}) == "(3, -1)");
  CHECK(call_method_text(m3, "__pow__", {m2, m10}) == "-1");
  CHECK(call_method_text(m3, "__lt__", {f}) == "NotImplemented");
  CHECK(call_method_text(m3, "__eq__", {m3}) == "True");
  decref(f);
  Object* r = object_getattr_cstr(True, "real");
  CHECK(r == int_from_i64(1));
  xdecref(r);
  CHECK(show(object_getattr_cstr(a, "denominator")) == "1");
  CHECK(show(object_getattr_cstr(a, "imag")) == "0");
  for (Object* o : {a, m3, na, e15, mn, m1, m2, m10}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("int: conversions to and from C numbers") {
  runtime_init();
  intptr_t before = live_objects;
  bool overflow = false;
  Object* v = N("9007199254740993");  // 2**53 + 1: a tie, rounds to even
  CHECK(int_as_double(v, &overflow) == 9007199254740992.0);
  decref(v);
  v = N("-18446744073709553665");  // -(2**64 + 2**11 + 1): above the tie
  CHECK(int_as_double(v, &overflow) == -18446744073709555712.0);
  decref(v);
  v = make("p:10**400");
  int_as_double(v, &overflow);
  CHECK(overflow);
  CHECK(take_error() == "OverflowError: int too large to convert to float");
  int64_t out;
  CHECK(!int_as_i64(v, &out));
  CHECK(take_error() == "OverflowError: Python int too large to convert to C long");
  CHECK(int_compare_double(v, HUGE_VAL) == -1);
  CHECK(int_compare_double(v, 1e308) == 1);
  CHECK(int_compare_double(v, NAN) == 2);
  decref(v);
  CHECK(show(int_from_u64(UINT64_MAX)) == "18446744073709551615");
  CHECK(show(int_from_i128(-(static_cast<__int128>(1) << 100))) == "-1267650600228229401496703205376");
  CHECK(show(int_from_double(-1e20)) == "-100000000000000000000");
  CHECK(show(int_from_double(-0.99)) == "0");
  v = N("9223372036854775808");
  CHECK(int_compare_double(v, 9223372036854775808.0) == 0);
  decref(v);
  CHECK(live_objects == before);
}

TEST_CASE("int: results too large raise instead of exhausting memory") {
  runtime_init();
  intptr_t before = live_objects;
  Object* two = I(2);
  Object* huge = N("1000000000000");
  CHECK(show(binary_op(two, huge, BinOp::Pow)) == "MemoryError: integer result too large");
  CHECK(show(binary_op(two, huge, BinOp::LShift)) == "MemoryError: integer result too large");
  Object* vast = N("100000000000000000000000");
  CHECK(show(binary_op(two, vast, BinOp::LShift)) == "OverflowError: too many digits in integer");
  CHECK(show(binary_op(two, vast, BinOp::RShift)) == "0");
  Object* one = I(1);
  CHECK(show(binary_op(one, vast, BinOp::Pow)) == "1");
  Object* m1 = I(-1);
  CHECK(show(binary_op(m1, vast, BinOp::Pow)) == "1");
  for (Object* o : {two, huge, vast, one, m1}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("bool: a subclass of int with bool results for & | ^") {
  runtime_init();
  intptr_t before = live_objects;
  CHECK(show(binary_op(True, True, BinOp::Add)) == "2");
  CHECK(binary_op(True, True, BinOp::And) == True);
  CHECK(binary_op(True, False, BinOp::Or) == True);
  CHECK(binary_op(True, True, BinOp::Xor) == False);
  Object* one = I(1);
  Object* r = binary_op(True, one, BinOp::And);
  CHECK(is_exact_int(r));
  decref(r);
  CHECK(show(unary_op(True, UnaryOp::Invert)) == "-2");
  CHECK(show(unary_op(True, UnaryOp::Neg)) == "-1");
  CHECK(show(object_str(False)) == "'False'");
  CHECK(call_method_text(True, "__and__", {False}) == "False");
  CHECK(call_method_text(True, "__and__", {one}) == "1");
  CHECK(show(call(&BoolType, nullptr, 0)) == "False");
  Object* s = S("x");
  CHECK(call(&BoolType, &s, 1) == True);
  Object* two[2] = {one, one};
  CHECK(show(call(&BoolType, two, 2)) == "TypeError: bool expected at most 1 argument, got 2");
  Object* kw = kwnames_of({"x"});
  CHECK(show(call(&BoolType, &s, 0, kw)) == "TypeError: bool() takes no keyword arguments");
  decref(kw);
  decref(s);
  decref(one);
  CHECK(!type_has_flag(&BoolType, kBaseType));
  CHECK(object_hash(True) == 1);
  CHECK(live_objects == before);
}
