// Unit tests of the generic object protocol (vm/ops.h) on ints, strs, lists
// and tuples: operator dispatch and its TypeErrors, comparison, hashing,
// truth, containers, iteration, calls, argument parsing, and refcount
// balance (live_objects).
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <string>

#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

using namespace frost;

namespace {

// "TypeError: message" for the current exception, which is cleared.
std::string take_error() {
  Object* e = error_fetch();
  if (!e) return "<no exception>";
  std::string out = type_name(e);
  Object* s = object_str(e);
  if (s) {
    out += ": ";
    out += str_view(s);
    decref(s);
  } else {
    error_clear();
  }
  decref(e);
  return out;
}

Object* S(const char* s) { return str_from_cstr(s); }
Object* I(int64_t v) { return int_from_i64(v); }

// A list of new ints.
Object* int_list(std::initializer_list<int64_t> values) {
  Object* l = list_new(0);
  for (int64_t v : values) {
    Object* i = I(v);
    list_append(l, i);
    decref(i);
  }
  return l;
}

int64_t as_i64(Object* o) {
  REQUIRE(o != nullptr);
  REQUIRE(is_int(o));
  int64_t v = 0;
  CHECK(int_as_i64(o, &v));
  return v;
}

std::string as_text(Object* o) {
  REQUIRE(o != nullptr);
  REQUIRE(is_str(o));
  return std::string(str_view(o));
}

}  // namespace

TEST_CASE("binary_op: ints, and the TypeError naming both operand types") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object *a = I(7), *b = I(5);
    Object* r = binary_op(a, b, BinOp::Add);
    CHECK(as_i64(r) == 12);
    decref(r);
    r = binary_op(a, b, BinOp::FloorDiv);
    CHECK(as_i64(r) == 1);
    decref(r);
    r = binary_op(a, b, BinOp::Pow);
    CHECK(as_i64(r) == 16807);
    decref(r);
    decref(a);
    decref(b);
  }
  {
    Object *one = I(1), *s = S("a");
    CHECK(binary_op(one, s, BinOp::Add) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(binary_op(one, s, BinOp::Pow) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    CHECK(inplace_op(one, s, BinOp::Add) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    CHECK(inplace_op(one, s, BinOp::Pow) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for **=: 'int' and 'str'");
    CHECK(binary_op(s, one, BinOp::Add) == nullptr);
    CHECK(take_error() == "TypeError: can only concatenate str (not \"int\") to str");
    Object* f = float_from_double(1.5);
    CHECK(binary_op(s, f, BinOp::Mul) == nullptr);
    CHECK(take_error() == "TypeError: can't multiply sequence by non-int of type 'float'");
    decref(f);
    Object* m = I(3);
    CHECK(power_mod(s, one, m) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
    decref(m);
    decref(one);
    decref(s);
  }
  {
    Object *a = S("ab"), *b = S("cd");
    Object* r = binary_op(a, b, BinOp::Add);
    CHECK(as_text(r) == "abcd");
    decref(r);
    Object* three = I(3);
    r = binary_op(three, a, BinOp::Mul);
    CHECK(as_text(r) == "ababab");
    decref(r);
    decref(three);
    decref(a);
    decref(b);
  }
  CHECK(live_objects == before);
}

TEST_CASE("unary_op and power_mod") {
  runtime_init();
  Object* s = S("x");
  CHECK(unary_op(s, UnaryOp::Neg) == nullptr);
  CHECK(take_error() == "TypeError: bad operand type for unary -: 'str'");
  CHECK(unary_op(s, UnaryOp::Invert) == nullptr);
  CHECK(take_error() == "TypeError: bad operand type for unary ~: 'str'");
  decref(s);
  Object *b = I(3), *e = I(200), *m = I(13);
  Object* r = power_mod(b, e, m);
  CHECK(as_i64(r) == 9);  // pow(3, 200, 13)
  decref(r);
  r = power_mod(b, e, None);
  CHECK(r != nullptr);
  CHECK_FALSE(int_is_small(r));
  decref(r);
  decref(b);
  decref(e);
  decref(m);
  CHECK(std::string(binop_symbol(BinOp::FloorDiv)) == "//");
  CHECK(std::string(binop_symbol(BinOp::MatMul)) == "@");
}

TEST_CASE("rich comparison: results, identity fallback for ==, TypeError for ordering") {
  runtime_init();
  intptr_t before = live_objects;
  Object *one = I(1), *two = I(2), *s = S("a");
  CHECK(object_richcompare_bool(one, two, CompareOp::Lt) == 1);
  CHECK(object_richcompare_bool(two, one, CompareOp::Le) == 0);
  CHECK(object_richcompare_bool(one, one, CompareOp::Eq) == 1);
  CHECK(object_richcompare_bool(one, s, CompareOp::Eq) == 0);
  CHECK(object_richcompare_bool(one, s, CompareOp::Ne) == 1);
  CHECK(object_richcompare_bool(one, s, CompareOp::Lt) == -1);
  CHECK(take_error() == "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(object_richcompare(s, one, CompareOp::Ge) == nullptr);
  CHECK(take_error() == "TypeError: '>=' not supported between instances of 'str' and 'int'");
  Object* f = float_from_double(1.0);
  CHECK(object_eq(one, f) == 1);  // int == float through the reflected slot
  CHECK(object_richcompare_bool(f, two, CompareOp::Lt) == 1);
  decref(f);
  Object* nan = float_from_double(NAN);
  CHECK(object_eq(nan, nan) == 1);  // identity implies equality
  Object* r = object_richcompare(nan, nan, CompareOp::Eq);
  CHECK(r == False);
  decref(r);
  decref(nan);
  Object *l1 = int_list({1, 2, 3}), *l2 = int_list({1, 2, 4});
  CHECK(object_richcompare_bool(l1, l2, CompareOp::Lt) == 1);
  CHECK(object_eq(l1, l2) == 0);
  decref(l1);
  decref(l2);
  decref(one);
  decref(two);
  decref(s);
  CHECK(live_objects == before);
}

TEST_CASE("hash and truth") {
  runtime_init();
  Object* l = int_list({1});
  CHECK(object_hash(l) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  Object *a = S("key"), *b = S("key");
  CHECK(object_hash(a) == object_hash(b));
  Object* seven = I(7);
  CHECK(object_hash(seven) == 7);
  CHECK(object_is_true(None) == 0);
  CHECK(object_is_true(True) == 1);
  CHECK(object_is_true(False) == 0);
  CHECK(object_is_true(seven) == 1);
  Object* zero = I(0);
  CHECK(object_is_true(zero) == 0);
  CHECK(object_is_true(l) == 1);
  Object* empty = list_new(0);
  CHECK(object_is_true(empty) == 0);
  Object* es = S("");
  CHECK(object_is_true(es) == 0);
  CHECK(object_is_true(a) == 1);
  for (Object* o : {l, a, b, seven, zero, empty, es}) decref(o);
}

TEST_CASE("text: repr, str, ascii, format") {
  runtime_init();
  intptr_t before = live_objects;
  Object* s = S("h\xc3\xa9\xe1\x88\xb4");  // "hé\u1234"
  Object* r = object_repr(s);
  CHECK(as_text(r) == "'h\xc3\xa9\xe1\x88\xb4'");
  decref(r);
  r = object_ascii(s);
  CHECK(as_text(r) == "'h\\xe9\\u1234'");
  decref(r);
  r = object_str(s);
  CHECK(r == s);
  decref(r);
  Object* l = int_list({1, 2});
  r = object_repr(l);
  CHECK(as_text(r) == "[1, 2]");
  decref(r);
  r = object_str(l);
  CHECK(as_text(r) == "[1, 2]");
  decref(r);
  Object* n = I(255);
  Object* spec = S("08x");
  r = object_format(n, spec);
  CHECK(as_text(r) == "000000ff");
  decref(r);
  Object* empty = S("");
  r = object_format(n, empty);
  CHECK(as_text(r) == "255");
  decref(r);
  for (Object* o : {s, l, n, spec, empty}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("containers: len, subscription, assignment, deletion, membership") {
  runtime_init();
  intptr_t before = live_objects;
  Object* l = int_list({10, 20, 30});
  CHECK(object_len(l) == 3);
  Object* one = I(1);
  Object* r = object_getitem(l, one);
  CHECK(as_i64(r) == 20);
  decref(r);
  Object* v = I(99);
  CHECK(object_setitem(l, one, v) == 0);
  r = object_getitem(l, one);
  CHECK(r == v);
  decref(r);
  CHECK(object_contains(l, v) == 1);
  CHECK(object_delitem(l, one) == 0);
  CHECK(object_len(l) == 2);
  CHECK(object_contains(l, v) == 0);

  CHECK(object_len(one) == -1);
  CHECK(take_error() == "TypeError: object of type 'int' has no len()");
  CHECK(object_getitem(one, one) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not subscriptable");
  CHECK(object_setitem(one, one, one) == -1);
  CHECK(take_error() == "TypeError: 'int' object does not support item assignment");
  CHECK(object_delitem(one, one) == -1);
  CHECK(take_error() == "TypeError: 'int' object does not support item deletion");
  Object* t = tuple_pack(2, one, v);
  CHECK(object_setitem(t, one, one) == -1);
  CHECK(take_error() == "TypeError: 'tuple' object does not support item assignment");
  CHECK(object_delitem(t, one) == -1);
  CHECK(take_error() == "TypeError: 'tuple' object doesn't support item deletion");
  CHECK(object_contains(t, v) == 1);
  CHECK(object_contains(one, one) == -1);
  CHECK(take_error() == "TypeError: argument of type 'int' is not iterable");
  Object *hay = S("haystack"), *needle = S("st");
  CHECK(object_contains(hay, needle) == 1);
  CHECK(object_getitem(reinterpret_cast<Object*>(&IntType), one) == nullptr);
  CHECK(take_error() == "TypeError: type 'int' is not subscriptable");
  for (Object* o : {l, one, v, t, hay, needle}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("iteration: object_iter and iter_next") {
  runtime_init();
  intptr_t before = live_objects;
  Object* l = int_list({1, 2, 3});
  Object* it = object_iter(l);
  REQUIRE(it != nullptr);
  int64_t sum = 0;
  while (Object* x = iter_next(it)) {
    sum += as_i64(x);
    decref(x);
  }
  CHECK_FALSE(error_occurred());
  CHECK(sum == 6);
  CHECK(iter_next(it) == nullptr);  // stays exhausted
  CHECK_FALSE(error_occurred());
  decref(it);
  Object* s = S("abc");
  it = object_iter(s);
  std::string seen;
  while (Object* x = iter_next(it)) {
    seen += as_text(x);
    decref(x);
  }
  CHECK(seen == "abc");
  decref(it);
  Object* one = I(1);
  CHECK(object_iter(one) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not iterable");
  CHECK(iter_next(one) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not an iterator");
  for (Object* o : {l, s, one}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("calls and argument parsing") {
  runtime_init();
  intptr_t before = live_objects;
  Object* one = I(1);
  CHECK(call0(one) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not callable");
  CHECK_FALSE(is_callable(one));
  CHECK(is_callable(reinterpret_cast<Object*>(&IntType)));

  // str.upper through call_method, and str(5) through the type's call.
  Object* s = S("abc");
  Object* r = call_method_cstr(s, "upper", nullptr, 0);
  CHECK(as_text(r) == "ABC");
  decref(r);
  Object* five = I(5);
  r = call1(reinterpret_cast<Object*>(&StrType), five);
  CHECK(as_text(r) == "5");
  decref(r);

  CHECK_FALSE(check_args("len", 2, nullptr, 1, 1));
  CHECK(take_error() == "TypeError: len() takes exactly one argument (2 given)");
  CHECK_FALSE(check_args("getattr", 1, nullptr, 2, 3));
  CHECK(take_error() == "TypeError: getattr expected at least 2 arguments, got 1");
  CHECK_FALSE(check_args("divmod", 1, nullptr, 2, 2));
  CHECK(take_error() == "TypeError: divmod expected 2 arguments, got 1");
  CHECK_FALSE(check_args("dir", 2, nullptr, 0, 1));
  CHECK(take_error() == "TypeError: dir expected at most 1 argument, got 2");
  CHECK(check_args("f", 0, nullptr, 0, 0));

  static const char* const names[] = {"x", "y", nullptr};
  Object* out[2];
  Object* args2[3] = {one, five, s};
  CHECK(parse_args("f", args2, 1, nullptr, names, 1, out));
  CHECK(out[0] == one);
  CHECK(out[1] == nullptr);
  CHECK_FALSE(parse_args("f", args2, 3, nullptr, names, 1, out));
  CHECK(take_error() == "TypeError: f() takes at most 2 arguments (3 given)");
  CHECK_FALSE(parse_args("f", args2, 0, nullptr, names, 1, out));
  CHECK(take_error() == "TypeError: f() missing required argument 'x' (pos 1)");

  Object* kw_y = str_intern("y");
  Object* kw_x = str_intern("x");
  Object* kw_z = str_intern("z");
  Object* kwnames = tuple_pack(1, kw_y);
  CHECK(parse_args("f", args2, 1, kwnames, names, 2, out));  // f(1, y=5)
  CHECK(out[0] == one);
  CHECK(out[1] == five);
  decref(kwnames);
  kwnames = tuple_pack(1, kw_x);
  CHECK_FALSE(parse_args("f", args2, 1, kwnames, names, 1, out));  // f(1, x=5)
  CHECK(take_error() == "TypeError: argument for f() given by name ('x') and position (1)");
  decref(kwnames);
  kwnames = tuple_pack(1, kw_z);
  CHECK_FALSE(parse_args("f", args2, 1, kwnames, names, 1, out));  // f(1, z=5)
  CHECK(take_error() == "TypeError: 'z' is an invalid keyword argument for f()");
  decref(kwnames);
  for (Object* o : {one, five, s}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("index conversion") {
  runtime_init();
  intptr_t i = 0;
  Object* n = I(-42);
  CHECK(index_as_ssize(n, &i, &exc::IndexError));
  CHECK(i == -42);
  CHECK(index_as_ssize(True, &i, nullptr));
  CHECK(i == 1);
  Object* s = S("3");
  CHECK_FALSE(index_as_ssize(s, &i, &exc::IndexError));
  CHECK(take_error() == "TypeError: 'str' object cannot be interpreted as an integer");
  CHECK(number_index(s) == nullptr);
  CHECK(take_error() == "TypeError: 'str' object cannot be interpreted as an integer");
  Object* big = int_from_string("100000000000000000000000", 24, 10);
  CHECK_FALSE(index_as_ssize(big, &i, &exc::IndexError));
  CHECK(take_error() == "IndexError: cannot fit 'int' into an index-sized integer");
  CHECK(index_as_ssize(big, &i, nullptr));
  CHECK(i == INTPTR_MAX);
  Object* r = number_index(True);
  CHECK(is_exact_int(r));
  CHECK(as_i64(r) == 1);
  decref(r);
  for (Object* o : {n, s, big}) decref(o);
}
