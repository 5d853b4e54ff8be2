// Unit tests of bytes and bytearray (vm/types/bytes*.cpp): expressions
// compared with CPython 3.11's printed answers (text_cases.inc), bytearray
// mutation, the singletons, the cached hash, and refcount balance.
#include <doctest/doctest.h>

#include <string>

#include "text_eval.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/range_slice.h"
#include "vm/types/str.h"

using namespace frost;
using frost_test::eval_repr;

namespace {

struct TextCase {
  const char* expr;
  const char* expected;
};
#include "text_cases.inc"

std::string repr_of(Object* o) {
  Object* r = object_repr(o);
  REQUIRE(r != nullptr);
  std::string s(str_view(r));
  decref(r);
  return s;
}

}  // namespace

TEST_CASE("bytes: expressions print what CPython prints") {
  runtime_init();
  for (const TextCase& c : kBytesCases) {
    std::string got = eval_repr(c.expr);
    std::string why = std::string(c.expr) + "\n  expected: " + c.expected + "\n  got:      " + got;
    CHECK_MESSAGE(got == std::string(c.expected), why);
  }
}

TEST_CASE("bytes: the expressions leave no object behind") {
  runtime_init();
  for (const TextCase& c : kBytesCases) eval_repr(c.expr);
  intptr_t before = live_objects;
  for (const TextCase& c : kBytesCases) eval_repr(c.expr);
  CHECK(live_objects == before);
}

TEST_CASE("bytes: singletons, the lazily cached hash, bytes-like views") {
  runtime_init();
  CHECK(bytes_from("", 0) == bytes_from("x", 0));
  CHECK(is_immortal(bytes_from("", 0)));
  CHECK(bytes_from("z", 1) == bytes_from("z", 1));
  Object* b = bytes_from("abc", 3);
  CHECK(static_cast<BytesObject*>(b)->hash == -1);
  int64_t h = object_hash(b);
  CHECK(h == hash_bytes("abc", 3));
  CHECK(static_cast<BytesObject*>(b)->hash == h);
  Object* s = str_from_cstr("abc");
  CHECK(str_hash(s) == h);  // hash(b'abc') == hash('abc'), as CPython
  decref(s);
  std::string_view v;
  CHECK(bytes_like_view(b, &v));
  CHECK(v == "abc");
  CHECK(!bytes_like_view(None, &v));
  CHECK(!error_occurred());
  decref(b);
}

TEST_CASE("bytearray: item and slice assignment, growth, deletion") {
  runtime_init();
  intptr_t before = live_objects;
  Object* ba = bytearray_from("hello", 5);
  Object* i0 = int_from_i64(0);
  Object* v66 = int_from_i64(66);
  CHECK(object_setitem(ba, i0, v66) == 0);
  CHECK(repr_of(ba) == "bytearray(b'Bello')");
  Object* one = int_from_i64(1);
  Object* three = int_from_i64(3);
  Object* sl = slice_new(one, three, nullptr);
  Object* xyz = bytes_from("XYZ", 3);
  CHECK(object_setitem(ba, sl, xyz) == 0);
  CHECK(repr_of(ba) == "bytearray(b'BXYZlo')");
  CHECK(object_delitem(ba, sl) == 0);
  CHECK(repr_of(ba) == "bytearray(b'BZlo')");
  Object* big = int_from_i64(256);
  CHECK(object_setitem(ba, i0, big) < 0);
  CHECK(error_matches(&exc::ValueError));
  error_clear();
  // Appending many bytes grows the buffer amortised.
  for (int k = 0; k < 1000; ++k) {
    Object* r = call_method_cstr(ba, "append", &v66, 1);
    REQUIRE(r == None);
  }
  CHECK(object_len(ba) == 1004);
  Object* step = int_from_i64(2);
  Object* ext = slice_new(nullptr, nullptr, step);
  CHECK(object_delitem(ba, ext) == 0);
  CHECK(object_len(ba) == 502);
  Object* inplace = inplace_op(ba, xyz, BinOp::Add);
  CHECK(inplace == ba);
  decref(inplace);
  CHECK(object_len(ba) == 505);
  for (Object* o : {ba, i0, v66, one, three, sl, xyz, big, step, ext}) decref(o);
  CHECK(live_objects == before);
}
