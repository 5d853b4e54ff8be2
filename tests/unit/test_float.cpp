// Unit tests of float (vm/types/float*.cpp) through the generic protocol,
// against values printed by CPython 3.11 (float_cases.inc, made by
// gen_number_cases.py): arithmetic with float and int operands, exact
// int/float comparison, hashes, repr, format specs, round and float().
// Every case checks refcount balance with live_objects.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "number_test_util.h"
#include "vm/interpreter.h"
#include "vm/types/bytes.h"

using namespace frost;
using namespace number_test;

namespace {

#include "float_cases.inc"

Object* F(double d) { return float_from_double(d); }

}  // namespace

TEST_CASE("float: arithmetic with float and int operands matches CPython") {
  runtime_init();
  intptr_t before = live_objects;
  for (const BinopCase& c : kFloatBinops) {
    INFO(c.a, " ", binop_symbol(c.op), " ", c.b);
    Object* x = make(c.a);
    Object* y = make(c.b);
    CHECK(show(binary_op(x, y, c.op)) == c.expected);
    decref(x);
    decref(y);
  }
  CHECK(live_objects == before);
}

TEST_CASE("float: the OverflowError of ** carries errno's arguments") {
  runtime_init();
  intptr_t before = live_objects;
  Object* x = F(10.0);
  Object* y = F(400.0);
  CHECK(binary_op(x, y, BinOp::Pow) == nullptr);
  Object* e = error_fetch();
  REQUIRE(e);
  CHECK(type_name(e) == std::string("OverflowError"));
  CHECK(show(object_getattr_cstr(e, "args")) == "(34, 'Numerical result out of range')");
  decref(e);
  decref(x);
  decref(y);
  CHECK(live_objects == before);
}

TEST_CASE("float: divmod and the dunder methods") {
  runtime_init();
  intptr_t before = live_objects;
  Object* a = F(-7.5);
  Object* two = int_from_i64(2);
  CHECK(show(float_divmod(a, two)) == "(-4.0, 0.5)");
  CHECK(show(float_divmod(two, a)) == "(-1.0, -5.5)");
  Object* z = F(0.0);
  CHECK(show(float_divmod(a, z)) == "ZeroDivisionError: float divmod()");
  CHECK(show(float_divmod(two, z)) == "ZeroDivisionError: float divmod()");
  CHECK(call_method_text(a, "__divmod__", {two}) == "(-4.0, 0.5)");
  CHECK(call_method_text(a, "__rsub__", {two}) == "9.5");
  CHECK(call_method_text(a, "__eq__", {two}) == "False");
  Object* five = F(5.0);
  Object* i5 = int_from_i64(5);
  CHECK(call_method_text(five, "__eq__", {i5}) == "True");
  CHECK(call_method_text(five, "__pow__", {two, two}) ==
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  CHECK(show(unary_op(a, UnaryOp::Invert)) == "TypeError: bad operand type for unary ~: 'float'");
  CHECK(show(unary_op(a, UnaryOp::Neg)) == "7.5");
  CHECK(call_method_text(a, "__abs__", {}) == "7.5");
  for (Object* o : {a, z, five}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("float: comparisons with ints are exact") {
  runtime_init();
  intptr_t before = live_objects;
  for (const CompareCase& c : kCompares) {
    INFO(c.a, " vs ", c.b);
    Object* x = make(c.a);
    Object* y = make(c.b);
    std::string got;
    for (CompareOp op : {CompareOp::Lt, CompareOp::Eq, CompareOp::Gt}) {
      int r = object_richcompare_bool(x, y, op);
      got += r < 0 ? "E" : r ? "T" : "F";
    }
    CHECK(got == c.expected);
    decref(x);
    decref(y);
  }
  CHECK(live_objects == before);
}

TEST_CASE("float: hashes match CPython; NaN hashes by identity") {
  runtime_init();
  intptr_t before = live_objects;
  for (const PairCase& c : kFloatHashes) {
    INFO(c.a);
    Object* v = make(c.a);
    CHECK(std::to_string(object_hash(v)) == c.b);
    decref(v);
  }
  Object* n1 = F(NAN);
  Object* n2 = F(NAN);
  CHECK(object_hash(n1) != object_hash(n2));
  CHECK(object_hash(n1) == object_hash(n1));
  CHECK(float_hash(NAN) == 0);
  decref(n1);
  decref(n2);
  Object* one = F(1.0);
  CHECK(object_hash(one) == object_hash(True));
  decref(one);
  CHECK(live_objects == before);
}

TEST_CASE("float: repr is the shortest round trip in Python's layout") {
  runtime_init();
  intptr_t before = live_objects;
  for (const PairCase& c : kFloatReprs) {
    INFO(c.a);
    double d;
    REQUIRE(float_parse(c.a, &d));
    CHECK(float_repr_string(d) == c.b);
  }
  CHECK(float_repr_string(-0.0) == "-0.0");
  CHECK(float_repr_string(-NAN) == "nan");
  CHECK(float_to_string(1234.5, 'f', 2, kFloatAlwaysSign) == "+1234.50");
  CHECK(float_to_string(0.5, 'E', 3, 0) == "5.000E-01");
  CHECK(float_to_string(HUGE_VAL, 'G', 3, 0) == "INF");
  CHECK(live_objects == before);
}

TEST_CASE("float: format() with the full mini-language") {
  runtime_init();
  intptr_t before = live_objects;
  for (const FormatCase& c : kFloatFormats) {
    INFO("format(", c.value, ", '", c.spec, "')");
    Object* v = make(c.value);
    CHECK(format_text(v, c.spec) == c.expected);
    decref(v);
  }
  Object* spec = S("08.3f");
  CHECK(show(float_format(-3.14159, spec)) == "'-003.142'");
  decref(spec);
  // Precisions past the exact expansion of a double pad with zeros.
  Object* v = F(5e-324);
  std::string long_f = format_text(v, ".1200f");
  CHECK(long_f.size() == 1204);
  CHECK(long_f.substr(long_f.size() - 6) == "00000'");
  decref(v);
  v = F(1.0 / 3);
  std::string long_g = format_text(v, ".1000g");
  CHECK(long_g.size() == 58);
  CHECK(long_g.substr(long_g.size() - 6) == "28125'");
  CHECK(format_text(v, "1000000000000") == "MemoryError");
  decref(v);
  CHECK(live_objects == before);
}

TEST_CASE("float: round() with and without ndigits, ints too") {
  runtime_init();
  intptr_t before = live_objects;
  for (const FormatCase& c : kRounds) {
    INFO("round(", c.value, ", ", c.spec, ")");
    Object* v = make(c.value);
    std::string got;
    if (c.spec.empty()) {
      got = call_method_text(v, "__round__", {});
    } else {
      std::string nd(c.spec);
      Object* n = int_from_string(nd.data(), nd.size(), 10);
      got = call_method_text(v, "__round__", {n});
      decref(n);
    }
    CHECK(got == c.expected);
    decref(v);
  }
  CHECK(live_objects == before);
}

TEST_CASE("float: float() parsing and conversions") {
  runtime_init();
  intptr_t before = live_objects;
  for (const PairCase& c : kFloatParse) {
    INFO("float(", c.a, ")");
    Object* s = S(c.a);
    CHECK(show(call(&FloatType, &s, 1)) == c.b);
    decref(s);
  }
  std::string xs(300, 'x');
  CHECK(show(float_from_string(xs.data(), xs.size())) ==
        "ValueError: could not convert string to float: '" + xs + "'");
  Object* b = bytes_from("1.5", 3);
  CHECK(show(call(&FloatType, &b, 1)) == "1.5");
  decref(b);
  CHECK(show(call(&FloatType, &None, 1)) ==
        "TypeError: float() argument must be a string or a real number, not 'NoneType'");
  CHECK(show(call(&FloatType, nullptr, 0)) == "0.0");
  Object* big = make("p:10**400");
  CHECK(show(call(&FloatType, &big, 1)) == "OverflowError: int too large to convert to float");
  double d = 0;
  CHECK(!number_as_double(big, &d));
  CHECK(take_error() == "OverflowError: int too large to convert to float");
  decref(big);
  CHECK(number_as_double(True, &d));
  CHECK(d == 1.0);
  CHECK(!number_as_double(None, &d));
  CHECK(take_error() == "TypeError: must be real number, not NoneType");
  CHECK(live_objects == before);
}

TEST_CASE("float: methods") {
  runtime_init();
  intptr_t before = live_objects;
  Object* x = F(0.1);
  CHECK(call_method_text(x, "as_integer_ratio", {}) == "(3602879701896397, 36028797018963968)");
  CHECK(call_method_text(x, "hex", {}) == "'0x1.999999999999ap-4'");
  CHECK(call_method_text(x, "is_integer", {}) == "False");
  CHECK(call_method_text(x, "conjugate", {}) == "0.1");
  decref(x);
  x = F(-0.0);
  CHECK(call_method_text(x, "as_integer_ratio", {}) == "(0, 1)");
  CHECK(call_method_text(x, "hex", {}) == "'-0x0.0p+0'");
  decref(x);
  x = F(5e-324);
  CHECK(call_method_text(x, "hex", {}) == "'0x0.0000000000001p-1022'");
  decref(x);
  x = F(HUGE_VAL);
  CHECK(call_method_text(x, "as_integer_ratio", {}) == "OverflowError: cannot convert Infinity to integer ratio");
  CHECK(call_method_text(x, "__floor__", {}) == "OverflowError: cannot convert float infinity to integer");
  decref(x);
  x = F(-3.7);
  CHECK(call_method_text(x, "__trunc__", {}) == "-3");
  CHECK(call_method_text(x, "__floor__", {}) == "-4");
  CHECK(call_method_text(x, "__ceil__", {}) == "-3");
  CHECK(call_method_text(x, "__int__", {}) == "-3");
  CHECK(show(object_getattr_cstr(x, "imag")) == "0.0");
  CHECK(show(object_getattr_cstr(x, "real")) == "-3.7");
  decref(x);
  struct {
    const char *text, *expected;
  } hexes[] = {
      {"0x1.8p1", "3.0"},
      {" -0x1p-1074 ", "-5e-324"},
      {"inf", "inf"},
      {"1.8p1", "3.0"},
      {"0x1p2000", "OverflowError: hexadecimal value too large to represent as a float"},
      {"0x", "ValueError: invalid hexadecimal floating-point string"},
      {"0x1p", "ValueError: invalid hexadecimal floating-point string"},
      {"0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float"},
      {"0X1.FFFFFFFFFFFFFp1023", "1.7976931348623157e+308"},
  };
  for (auto& h : hexes) {
    INFO(h.text);
    Object* s = S(h.text);
    CHECK(call_method_text(&FloatType, "fromhex", {s}) == h.expected);
    decref(s);
  }
  CHECK(live_objects == before);
}
