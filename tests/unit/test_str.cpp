// Unit tests of str (vm/types/str*.cpp): expressions compared with CPython
// 3.11's printed answers (text_cases.inc), then the C API the rest of the VM
// uses — creation, the caches and interning, hashing, str_build, codecs —
// and refcount balance (live_objects).
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "text_eval.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/siphash.h"
#include "vm/types/str.h"

using namespace frost;
using frost_test::eval_repr;

namespace {

struct TextCase {
  const char* expr;
  const char* expected;
};
#include "text_cases.inc"

template <size_t N>
void check_cases(const TextCase (&cases)[N]) {
  for (const TextCase& c : cases) {
    std::string got = eval_repr(c.expr);
    std::string why = std::string(c.expr) + "\n  expected: " + c.expected + "\n  got:      " + got;
    CHECK_MESSAGE(got == std::string(c.expected), why);
  }
}

std::string text(Object* o) {
  REQUIRE(o != nullptr);
  REQUIRE(is_str(o));
  std::string s(str_view(o));
  decref(o);
  return s;
}

}  // namespace

TEST_CASE("str: expressions print what CPython prints") {
  runtime_init();
  check_cases(kStrCases);
}

TEST_CASE("str: the expressions leave no object behind") {
  runtime_init();
  check_cases(kStrCases);  // warms caches and interned names
  intptr_t before = live_objects;
  for (const TextCase& c : kStrCases) eval_repr(c.expr);
  CHECK(live_objects == before);
}

TEST_CASE("str: creation records length, ASCII-ness and size") {
  runtime_init();
  Object* s = str_from_cstr("h\xc3\xa9llo \xe4\xb8\xad\xf0\x9f\x98\x80");  // "héllo 中😀"
  CHECK(str_length(s) == 8);
  CHECK(str_size(s) == 14);
  CHECK(static_cast<StrObject*>(s)->ascii == 0);
  CHECK(str_data(s)[str_size(s)] == '\0');
  decref(s);
  s = str_from_cstr("plain ascii text longer than eight bytes");
  CHECK(static_cast<StrObject*>(s)->ascii == 1);
  CHECK(str_length(s) == str_size(s));
  decref(s);
}

TEST_CASE("str: the empty string and one-character strings are cached and immortal") {
  runtime_init();
  CHECK(str_from_utf8("", 0) == str_empty());
  CHECK(is_immortal(str_empty()));
  CHECK(str_hash(str_empty()) == 0);
  Object* a = str_from_utf8("a", 1);
  CHECK(a == str_from_codepoint('a'));
  CHECK(is_immortal(a));
  Object* e = str_from_cstr("\xc3\xa9");  // U+00E9 is cached too
  CHECK(e == str_from_codepoint(0xE9));
  Object* s = str_from_cstr("hello");
  intptr_t before = live_objects;
  for (intptr_t i = 0; i < str_length(s); ++i) decref(str_item(s, i));  // no allocation
  CHECK(live_objects == before);
  Object* c = str_item(s, 1);
  CHECK(c == str_from_codepoint('e'));
  decref(c);
  decref(s);
  Object* big = str_from_codepoint(0x1F600);
  CHECK(str_size(big) == 4);
  CHECK(str_length(big) == 1);
  CHECK(str_ord(big) == 0x1F600);
  decref(big);
}

TEST_CASE("str: interning returns one immortal object per content") {
  runtime_init();
  Object* a = str_intern("frost_interned_name");
  Object* b = str_intern("frost_interned_name");
  CHECK(a == b);
  CHECK(is_immortal(a));
  CHECK(static_cast<StrObject*>(a)->interned == 1);
  // A second lookup allocates nothing.
  intptr_t before = live_objects;
  CHECK(str_intern("frost_interned_name") == a);
  CHECK(live_objects == before);
  // Interning an equal non-interned str gives the existing one.
  Object* c = str_from_cstr("frost_interned_name");
  CHECK(c != a);
  CHECK(str_intern_object(c) == a);
  // Interning a new str makes that very object immortal.
  Object* d = str_from_cstr("frost_fresh_name_for_interning");
  Object* di = str_intern_object(d);
  CHECK(di == d);
  CHECK(is_immortal(d));
  CHECK(str_intern("frost_fresh_name_for_interning") == d);
  // Names of the VM are interned at start-up; trailing '_' dropped.
  CHECK(str_view(names::__init__) == "__init__");
  CHECK(str_view(names::default_) == "default");
  CHECK(str_view(names::throw_) == "throw");
  CHECK(names::__init__ == str_intern("__init__"));
}

TEST_CASE("str: hashing is deterministic within a process and keyed per process") {
  runtime_init();
  Object* a = str_from_cstr("some key");
  Object* b = str_from_cstr("some key");
  CHECK(a != b);
  CHECK(str_hash(a) == str_hash(b));
  CHECK(object_hash(a) == str_hash(a));
  CHECK(str_hash(a) == hash_bytes("some key", 8));
  CHECK(str_equal(a, b));
  decref(a);
  decref(b);
  // The streaming hasher agrees with the one-shot one for any chunking.
  const char* text = "The quick brown fox jumps over the lazy dog";
  size_t n = strlen(text);
  for (size_t split = 0; split <= n; split += 3) {
    SipHash13 h;
    h.update(text, split);
    h.update(text + split, n - split);
    CHECK(h.finish() == hash_bytes(text, n));
  }
  // Under PYTHONHASHSEED=0 the hashes are CPython's.
  const char* seed = getenv("PYTHONHASHSEED");
  if (seed && strcmp(seed, "0") == 0) {
    CHECK(hash_seed_is_fixed());
    Object* s = str_from_cstr("abc");
    CHECK(str_hash(s) == -4594863902769663758LL);
    decref(s);
    s = str_from_cstr("\xc3\xa9");  // é: latin-1 kind
    CHECK(str_hash(s) == 6047309291227476195LL);
    decref(s);
    s = str_from_cstr("\xe4\xb8\xad");  // 中: UCS-2 kind
    CHECK(str_hash(s) == 1216952446211864180LL);
    decref(s);
    s = str_from_cstr("\xf0\x9f\x98\x80");  // 😀: UCS-4 kind
    CHECK(str_hash(s) == -3536540696076613844LL);
    decref(s);
  }
}

TEST_CASE("str: str_build, str_concat, str_repeat, str_slice") {
  runtime_init();
  intptr_t before = live_objects;
  Object* parts[4] = {str_from_cstr("a="), str_from_cstr("\xc3\xa9t\xc3\xa9"), str_empty(),
                      str_from_cstr("!")};
  Object* r = str_build(parts, 4);
  CHECK(str_view(r) == "a=\xc3\xa9t\xc3\xa9!");
  CHECK(str_length(r) == 6);
  Object* direct = str_from_cstr("a=\xc3\xa9t\xc3\xa9!");
  CHECK(str_hash(r) == str_hash(direct));
  CHECK(str_equal(r, direct));
  decref(direct);
  decref(r);
  // A single non-empty piece is returned as is.
  Object* one[2] = {str_empty(), parts[0]};
  r = str_build(one, 2);
  CHECK(r == parts[0]);
  decref(r);
  CHECK(text(str_concat(parts[0], parts[3])) == "a=!");
  CHECK(text(str_repeat(parts[1], 2)) == "\xc3\xa9t\xc3\xa9\xc3\xa9t\xc3\xa9");
  CHECK(text(str_slice(parts[1], 2, -1, -1)) == "\xc3\xa9t\xc3\xa9");
  for (Object* p : parts) decref(p);
  CHECK(live_objects == before);
}

TEST_CASE("str: decoding and encoding through the C API") {
  runtime_init();
  Object* s = str_decode_utf8("caf\xc3\xa9", 5, "strict");
  CHECK(str_length(s) == 4);
  decref(s);
  CHECK(str_decode_utf8("\xff", 1, "strict") == nullptr);
  CHECK(error_matches(&exc::UnicodeDecodeError));
  CHECK(error_matches(&exc::ValueError));
  error_clear();
  s = str_decode("\xe9", 1, "latin-1", "strict");
  CHECK(str_view(s) == "\xc3\xa9");
  Object* b = str_encode(s, "utf-8", "strict");
  REQUIRE(b != nullptr);
  CHECK(object_len(b) == 2);
  decref(b);
  CHECK(str_encode(s, "ascii", "strict") == nullptr);
  CHECK(error_matches(&exc::UnicodeEncodeError));
  error_clear();
  decref(s);
}

TEST_CASE("str: str_format_c, repr, ascii and the format spec entry point") {
  runtime_init();
  CHECK(text(str_format_c("%s=%d", "x", 42)) == "x=42");
  std::string long_arg(1000, 'y');
  CHECK(text(str_format_c("%s", long_arg.c_str())).size() == 1000);
  Object* s = str_from_cstr("it's \xc3\xa9\n");
  CHECK(text(str_repr(s)) == "\"it's \xc3\xa9\\n\"");
  CHECK(text(str_ascii(s)) == "it's \\xe9\n");
  Object* spec = str_from_cstr("*^9");
  CHECK(text(str_format_spec(s, spec)) == "*it's \xc3\xa9\n*");
  CHECK(text(object_format(s, spec)) == "*it's \xc3\xa9\n*");
  decref(spec);
  decref(s);
}

TEST_CASE("str: indexing non-ASCII text in any order finds the right code point") {
  runtime_init();
  // "aé中😀" repeated: code points of 1, 2, 3 and 4 bytes.
  std::string text;
  for (int k = 0; k < 50; ++k) text += "a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80";
  Object* s = str_from(text);
  REQUIRE(str_length(s) == 200);
  const uint32_t cycle[4] = {'a', 0xE9, 0x4E2D, 0x1F600};
  auto check_at = [&](intptr_t i) {
    Object* c = str_item(s, i);
    CHECK(str_ord(c) == cycle[i % 4]);
    decref(c);
  };
  for (intptr_t i = 0; i < 200; ++i) check_at(i);
  for (intptr_t i = 199; i >= 0; --i) check_at(i);
  for (intptr_t k = 0, i = 7; k < 400; ++k, i = (i * 37 + 11) % 200) check_at(i);
  Object* t = str_slice(s, 3, 11, 1);
  CHECK(str_length(t) == 8);
  CHECK(str_ord(t) == 0x1F600);
  decref(t);
  decref(s);
  // A new str at the address of a freed one is not confused with it.
  for (int k = 0; k < 20; ++k) {
    Object* u = str_from_cstr("\xc3\xa9xyz\xc3\xa9");
    Object* c = str_item(u, 3);  // "éxyzé"[3]
    CHECK(str_ord(c) == 'z');
    decref(c);
    decref(u);
  }
}

TEST_CASE("str: lone surrogates are detected") {
  runtime_init();
  Object* plain = str_from_cstr("caf\xc3\xa9 \xed\x9f\xbf");  // U+D7FF is no surrogate
  CHECK(!str_has_surrogates(plain));
  Object* sur = str_from_codepoint(0xDC80);
  CHECK(str_has_surrogates(sur));
  CHECK(str_encode(sur, "utf-8", "strict") == nullptr);
  CHECK(error_matches(&exc::UnicodeEncodeError));
  error_clear();
  decref(sur);
  decref(plain);
}
