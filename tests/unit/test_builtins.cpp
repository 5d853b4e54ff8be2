// Unit tests of the builtins module (vm/builtins.cpp, vm/builtins_iter.cpp),
// called the way guest code calls them: looked up in the builtins dict and
// called through the generic protocol.  Lazy iterators are drained with
// iter_next; print and input run with stdout/stdin redirected to a temporary
// file; the cases check refcount balance with live_objects.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

using namespace frost;

namespace {

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

Object* int_list(std::initializer_list<int64_t> values) {
  Object* l = list_new(0);
  for (int64_t v : values) {
    Object* i = I(v);
    list_append(l, i);
    decref(i);
  }
  return l;
}

Object* builtin(const char* name) {
  Object* f = dict_get_cstr(builtins_dict(), name);
  REQUIRE(f != nullptr);
  return f;
}

// builtins.NAME(*args, **{kw[i]: kwvalues[i]}); arguments borrowed.
Object* call_builtin(const char* name, std::vector<Object*> args, std::vector<const char*> kw = {},
                     std::vector<Object*> kwvalues = {}) {
  Object* kwnames = nullptr;
  size_t nargs = args.size();
  if (!kw.empty()) {
    kwnames = tuple_new(static_cast<intptr_t>(kw.size()));
    for (size_t i = 0; i < kw.size(); ++i) tuple_set(kwnames, static_cast<intptr_t>(i), newref(str_intern(kw[i])));
    args.insert(args.end(), kwvalues.begin(), kwvalues.end());
  }
  Object* r = call(builtin(name), args.data(), nargs, kwnames);
  xdecref(kwnames);
  return r;
}

// Interns the keyword names the cases pass, so that the first use of one
// (an immortal interned str) is not counted as a leak by live_objects.
void init() {
  runtime_init();
  for (const char* kw : {"start", "key", "default", "foo", "strict", "reverse"}) str_intern(kw);
}

int64_t as_i64(Object* o) {
  REQUIRE(o != nullptr);
  REQUIRE(is_int(o));
  int64_t v = 0;
  CHECK(int_as_i64(o, &v));
  return v;
}

// The value of an int result; consumes it.
int64_t take_i64(Object* o) {
  int64_t v = as_i64(o);
  decref(o);
  return v;
}

// repr(o) as text; consumes o.
std::string repr_of(Object* o) {
  REQUIRE(o != nullptr);
  Object* r = object_repr(o);
  decref(o);
  REQUIRE(r != nullptr);
  std::string s(str_view(r));
  decref(r);
  return s;
}

// Drains an iterator into "[a, b, c]" (the reprs of its items); consumes it.
std::string drain(Object* it) {
  REQUIRE(it != nullptr);
  std::string out = "[";
  bool first = true;
  while (Object* x = iter_next(it)) {
    if (!first) out += ", ";
    first = false;
    out += repr_of(x);
  }
  decref(it);
  if (error_occurred()) return take_error();
  return out + "]";
}

}  // namespace

TEST_CASE("builtins namespace holds the constants, types and exceptions") {
  init();
  Object* d = builtins_dict();
  CHECK(dict_get_cstr(d, "None") == None);
  CHECK(dict_get_cstr(d, "True") == True);
  CHECK(dict_get_cstr(d, "NotImplemented") == NotImplemented);
  CHECK(dict_get_cstr(d, "int") == reinterpret_cast<Object*>(&IntType));
  CHECK(dict_get_cstr(d, "ValueError") == reinterpret_cast<Object*>(&exc::ValueError));
  CHECK(dict_get_cstr(d, "KeyError") == reinterpret_cast<Object*>(&exc::KeyError));
  for (const char* name : {"enumerate", "zip", "map", "filter", "reversed", "range", "len", "print",
                           "sorted", "isinstance", "property", "super"}) {
    CHECK_MESSAGE(dict_get_cstr(d, name) != nullptr, name);
  }
}

TEST_CASE("len, abs, divmod, pow, round, chr, ord, hex") {
  init();
  intptr_t before = live_objects;
  Object* l = int_list({1, 2, 3});
  CHECK(take_i64(call_builtin("len", {l})) == 3);
  CHECK(call_builtin("len", {}) == nullptr);
  CHECK(take_error() == "TypeError: len() takes exactly one argument (0 given)");
  Object* m5 = I(-5);
  CHECK(take_i64(call_builtin("abs", {m5})) == 5);
  Object* s = S("a");
  CHECK(call_builtin("abs", {s}) == nullptr);
  CHECK(take_error() == "TypeError: bad operand type for abs(): 'str'");
  Object *seven = I(7), *two = I(2);
  CHECK(repr_of(call_builtin("divmod", {seven, two})) == "(3, 1)");
  CHECK(repr_of(call_builtin("divmod", {m5, two})) == "(-3, 1)");
  CHECK(call_builtin("divmod", {s, two}) == nullptr);
  CHECK(take_error() == "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  Object* f = float_from_double(7.5);
  CHECK(repr_of(call_builtin("divmod", {f, two})) == "(3.0, 1.5)");
  Object* zero = I(0);
  CHECK(call_builtin("divmod", {f, zero}) == nullptr);
  CHECK(take_error() == "ZeroDivisionError: float divmod()");
  Object* ten = I(10);
  CHECK(take_i64(call_builtin("pow", {two, ten})) == 1024);
  CHECK(take_i64(call_builtin("pow", {two, ten, seven})) == 2);
  CHECK(call_builtin("pow", {two}) == nullptr);
  CHECK(take_error() == "TypeError: pow() missing required argument 'exp' (pos 2)");
  Object* f25 = float_from_double(2.5);
  CHECK(repr_of(call_builtin("round", {f25})) == "2");
  Object* f2675 = float_from_double(2.675);
  CHECK(repr_of(call_builtin("round", {f2675, two})) == "2.67");
  CHECK(call_builtin("round", {s}) == nullptr);
  CHECK(take_error() == "TypeError: type str doesn't define __round__ method");
  Object* cp = I(0xe9);
  CHECK(repr_of(call_builtin("chr", {cp})) == "'\xc3\xa9'");
  Object* big_cp = I(0x110000);
  CHECK(call_builtin("chr", {big_cp}) == nullptr);
  CHECK(take_error() == "ValueError: chr() arg not in range(0x110000)");
  Object* e_acute = S("\xc3\xa9");
  CHECK(take_i64(call_builtin("ord", {e_acute})) == 0xe9);
  Object* ab = S("ab");
  CHECK(call_builtin("ord", {ab}) == nullptr);
  CHECK(take_error() == "TypeError: ord() expected a character, but string of length 2 found");
  CHECK(call_builtin("ord", {two}) == nullptr);
  CHECK(take_error() == "TypeError: ord() expected string of length 1, but int found");
  Object* n255 = I(255);
  CHECK(repr_of(call_builtin("hex", {n255})) == "'0xff'");
  CHECK(repr_of(call_builtin("oct", {n255})) == "'0o377'");
  CHECK(repr_of(call_builtin("bin", {m5})) == "'-0b101'");
  CHECK(call_builtin("hex", {f}) == nullptr);
  CHECK(take_error() == "TypeError: 'float' object cannot be interpreted as an integer");
  for (Object* o : {l, m5, s, seven, two, f, zero, ten, f25, f2675, cp, big_cp, e_acute, ab, n255}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("sum: int and float fast paths, overflow to big ints, refusing strings") {
  init();
  intptr_t before = live_objects;
  Object* l = int_list({1, 2, 3, 4});
  CHECK(take_i64(call_builtin("sum", {l})) == 10);
  Object* ten = I(10);
  CHECK(take_i64(call_builtin("sum", {l}, {"start"}, {ten})) == 20);
  Object* big = int_list({INT64_MAX, INT64_MAX, 2});
  CHECK(repr_of(call_builtin("sum", {big})) == "18446744073709551616");
  Object* mixed = list_new(0);
  for (double d : {0.5, 0.25}) {
    Object* f = float_from_double(d);
    list_append(mixed, f);
    decref(f);
  }
  list_append(mixed, ten);
  CHECK(repr_of(call_builtin("sum", {mixed})) == "10.75");
  Object* empty = S("");
  CHECK(call_builtin("sum", {l, empty}) == nullptr);
  CHECK(take_error() == "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  Object* strs = list_new(0);
  list_append(strs, empty);
  CHECK(call_builtin("sum", {strs}) == nullptr);
  CHECK(take_error() == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  for (Object* o : {l, ten, big, mixed, empty, strs}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("min and max: iterables, several arguments, key=, default=") {
  init();
  intptr_t before = live_objects;
  Object* l = int_list({3, -7, 5, 1});
  CHECK(take_i64(call_builtin("max", {l})) == 5);
  CHECK(take_i64(call_builtin("min", {l})) == -7);
  Object* abs_fn = builtin("abs");
  CHECK(take_i64(call_builtin("max", {l}, {"key"}, {abs_fn})) == -7);
  CHECK(take_i64(call_builtin("min", {l}, {"key"}, {abs_fn})) == 1);
  Object *a = I(4), *b = I(9), *c = I(-9);
  CHECK(take_i64(call_builtin("max", {a, b, c})) == 9);
  CHECK(take_i64(call_builtin("max", {b, c}, {"key"}, {abs_fn})) == 9);  // first of equal keys wins
  CHECK(take_i64(call_builtin("max", {c, b}, {"key"}, {abs_fn})) == -9);
  Object* e = list_new(0);
  CHECK(call_builtin("max", {e}) == nullptr);
  CHECK(take_error() == "ValueError: max() arg is an empty sequence");
  CHECK(take_i64(call_builtin("min", {e}, {"default"}, {a})) == 4);
  CHECK(call_builtin("min", {a, b}, {"default"}, {a}) == nullptr);
  CHECK(take_error() == "TypeError: Cannot specify a default for min() with multiple positional arguments");
  CHECK(call_builtin("max", {}) == nullptr);
  CHECK(take_error() == "TypeError: max expected at least 1 argument, got 0");
  CHECK(call_builtin("max", {a}) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not iterable");
  CHECK(call_builtin("max", {l}, {"foo"}, {a}) == nullptr);
  CHECK(take_error() == "TypeError: 'foo' is an invalid keyword argument for max()");
  Object* s = S("x");
  Object* mixed = list_new(0);
  list_append(mixed, a);
  list_append(mixed, s);
  CHECK(call_builtin("max", {mixed}) == nullptr);
  CHECK(take_error() == "TypeError: '>' not supported between instances of 'str' and 'int'");
  for (Object* o : {l, a, b, c, e, s, mixed}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("sorted, any, all") {
  init();
  intptr_t before = live_objects;
  Object* l = int_list({3, -7, 5, 1});
  CHECK(repr_of(call_builtin("sorted", {l})) == "[-7, 1, 3, 5]");
  CHECK(repr_of(call_builtin("sorted", {l}, {"reverse"}, {True})) == "[5, 3, 1, -7]");
  CHECK(repr_of(call_builtin("sorted", {l}, {"key"}, {builtin("abs")})) == "[1, 3, 5, -7]");
  CHECK(repr_of(newref(l)) == "[3, -7, 5, 1]");  // sorted() copied
  CHECK(call_builtin("sorted", {}) == nullptr);
  CHECK(take_error() == "TypeError: sorted expected 1 argument, got 0");
  CHECK(call_builtin("sorted", {l}, {"foo"}, {True}) == nullptr);
  CHECK(take_error() == "TypeError: 'foo' is an invalid keyword argument for sort()");
  Object* s = S("cab");
  CHECK(repr_of(call_builtin("sorted", {s})) == "['a', 'b', 'c']");
  CHECK(call_builtin("any", {l}) == True);
  CHECK(call_builtin("all", {l}) == True);
  Object* z = int_list({1, 0});
  CHECK(call_builtin("all", {z}) == False);
  Object* e = list_new(0);
  CHECK(call_builtin("any", {e}) == False);
  CHECK(call_builtin("all", {e}) == True);
  for (Object* o : {l, s, z, e}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("enumerate, zip, map, filter, reversed are lazy iterator types") {
  init();
  intptr_t before = live_objects;
  Object* l = int_list({10, 20, 30});
  Object* s = S("ab");
  CHECK(drain(call_builtin("enumerate", {l})) == "[(0, 10), (1, 20), (2, 30)]");
  Object* five = I(5);
  CHECK(drain(call_builtin("enumerate", {s}, {"start"}, {five})) == "[(5, 'a'), (6, 'b')]");
  Object* en = call_builtin("enumerate", {l});
  CHECK(std::string(type_name(en)) == "enumerate");
  decref(en);
  CHECK(call_builtin("enumerate", {}) == nullptr);
  CHECK(take_error() == "TypeError: enumerate() missing required argument 'iterable' (pos 1)");

  CHECK(drain(call_builtin("zip", {l, s})) == "[(10, 'a'), (20, 'b')]");
  CHECK(drain(call_builtin("zip", {})) == "[]");
  CHECK(drain(call_builtin("zip", {l, s}, {"strict"}, {True})) ==
        "ValueError: zip() argument 2 is shorter than argument 1");
  CHECK(drain(call_builtin("zip", {s, l}, {"strict"}, {True})) ==
        "ValueError: zip() argument 2 is longer than argument 1");
  CHECK(call_builtin("zip", {five}) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not iterable");

  CHECK(drain(call_builtin("map", {builtin("repr"), l})) == "['10', '20', '30']");
  CHECK(drain(call_builtin("map", {builtin("pow"), l, l})) == "[10000000000, 104857600000000000000000000, "
                                                               "205891132094649000000000000000000000000000000]");
  CHECK(call_builtin("map", {l}) == nullptr);
  CHECK(take_error() == "TypeError: map() must have at least two arguments.");

  Object* z = int_list({0, 1, 0, 2});
  CHECK(drain(call_builtin("filter", {None, z})) == "[1, 2]");
  CHECK(drain(call_builtin("filter", {builtin("abs"), z})) == "[1, 2]");
  CHECK(call_builtin("filter", {None}) == nullptr);
  CHECK(take_error() == "TypeError: filter expected 2 arguments, got 1");

  CHECK(drain(call_builtin("reversed", {l})) == "[30, 20, 10]");
  Object* t = tuple_pack(2, five, s);
  CHECK(drain(call_builtin("reversed", {t})) == "['ab', 5]");
  CHECK(call_builtin("reversed", {five}) == nullptr);
  CHECK(take_error() == "TypeError: 'int' object is not reversible");

  CHECK(drain(call_builtin("iter", {l})) == "[10, 20, 30]");
  Object* it = call_builtin("iter", {l});
  Object* x = call_builtin("next", {it});
  CHECK(as_i64(x) == 10);
  decref(x);
  decref(it);
  Object* e = list_new(0);
  it = call_builtin("iter", {e});
  CHECK(call_builtin("next", {it, five}) == five);
  decref(five);
  CHECK(call_builtin("next", {it}) == nullptr);
  CHECK(take_error() == "StopIteration: ");
  decref(it);
  CHECK(call_builtin("next", {l}) == nullptr);
  CHECK(take_error() == "TypeError: 'list' object is not an iterator");
  for (Object* o : {l, s, five, z, t, e}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("isinstance, issubclass, callable, hash, id, getattr") {
  init();
  intptr_t before = live_objects;
  Object* int_t = reinterpret_cast<Object*>(&IntType);
  Object* str_t = reinterpret_cast<Object*>(&StrType);
  Object* one = I(1);
  CHECK(call_builtin("isinstance", {one, int_t}) == True);
  CHECK(call_builtin("isinstance", {True, int_t}) == True);
  CHECK(call_builtin("isinstance", {one, str_t}) == False);
  Object* inner = tuple_pack(1, int_t);
  Object* types = tuple_pack(2, str_t, inner);
  CHECK(call_builtin("isinstance", {one, types}) == True);
  CHECK(call_builtin("isinstance", {one, one}) == nullptr);
  CHECK(take_error() == "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  Object* bool_t = reinterpret_cast<Object*>(&BoolType);
  CHECK(call_builtin("issubclass", {bool_t, int_t}) == True);
  CHECK(call_builtin("issubclass", {int_t, types}) == True);
  CHECK(call_builtin("issubclass", {one, int_t}) == nullptr);
  CHECK(take_error() == "TypeError: issubclass() arg 1 must be a class");
  CHECK(call_builtin("callable", {int_t}) == True);
  CHECK(call_builtin("callable", {one}) == False);
  CHECK(take_i64(call_builtin("hash", {one})) == 1);
  Object* l = list_new(0);
  CHECK(call_builtin("hash", {l}) == nullptr);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  Object* id = call_builtin("id", {l});
  CHECK(id != nullptr);
  decref(id);
  Object* name = S("bit_length");
  Object* method = call_builtin("getattr", {one, name});
  REQUIRE(method != nullptr);
  CHECK(take_i64(call0(method)) == 1);
  decref(method);
  Object* missing = S("nope");
  CHECK(call_builtin("getattr", {one, missing, l}) == l);
  decref(l);
  CHECK(call_builtin("getattr", {one, missing}) == nullptr);
  CHECK(take_error() == "AttributeError: 'int' object has no attribute 'nope'");
  CHECK(call_builtin("hasattr", {one, missing}) == False);
  CHECK(call_builtin("getattr", {one, one}) == nullptr);
  CHECK(take_error() == "TypeError: attribute name must be string, not 'int'");
  for (Object* o : {one, inner, types, l, name, missing}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("repr, ascii, format, dir") {
  init();
  intptr_t before = live_objects;
  Object* s = S("\xc3\xa9");
  CHECK(repr_of(call_builtin("repr", {s})) == "\"'\xc3\xa9'\"");
  CHECK(repr_of(call_builtin("ascii", {s})) == "\"'\\\\xe9'\"");
  Object* n = I(42);
  Object* spec = S(">5");
  CHECK(repr_of(call_builtin("format", {n, spec})) == "'   42'");
  CHECK(repr_of(call_builtin("format", {n})) == "'42'");
  CHECK(call_builtin("format", {n, n}) == nullptr);
  CHECK(take_error() == "TypeError: format() argument 2 must be str, not int");
  Object* names = call_builtin("dir", {n});
  REQUIRE(names != nullptr);
  Object* bit_length = S("bit_length");
  CHECK(object_contains(names, bit_length) == 1);
  Object* first = list_get(names, 0);
  Object* last = list_get(names, list_size(names) - 1);
  CHECK(object_richcompare_bool(first, last, CompareOp::Lt) == 1);  // sorted
  decref(names);
  for (Object* o : {s, n, spec, bit_length}) decref(o);
  CHECK(live_objects == before);
}

namespace {

// Runs `body` with file descriptor `fd` (0 or 1) redirected to a temporary
// file that first holds `input`; returns what the file holds afterwards.
template <typename Body>
std::string with_redirected_fd(int fd, const std::string& input, Body body) {
  char path[] = "/tmp/frost_unit_XXXXXX";
  int tmp = mkstemp(path);
  REQUIRE(tmp >= 0);
  REQUIRE(write(tmp, input.data(), input.size()) == static_cast<ssize_t>(input.size()));
  lseek(tmp, 0, SEEK_SET);
  fflush(stdout);
  int saved = dup(fd);
  dup2(tmp, fd);
  body();
  fflush(stdout);
  dup2(saved, fd);
  close(saved);
  clearerr(stdin);
  std::string out;
  lseek(tmp, 0, SEEK_SET);
  char buf[256];
  for (ssize_t n; (n = read(tmp, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  close(tmp);
  unlink(path);
  return out;
}

}  // namespace

TEST_CASE("print writes str() of each argument with sep and end to stdout") {
  init();
  intptr_t before = live_objects;
  Object *one = I(1), *s = S("a"), *l = int_list({1, 2}), *dash = S("-"), *bang = S("!\n");
  std::string out = with_redirected_fd(1, "", [&] {
    CHECK(call_builtin("print", {one, s, l}) == None);
    CHECK(call_builtin("print", {one, s, l}, {"sep", "end"}, {dash, bang}) == None);
    CHECK(call_builtin("print", {}, {"sep", "end", "flush"}, {None, None, True}) == None);
  });
  CHECK(out == "1 a [1, 2]\n1-a-[1, 2]!\n\n");
  CHECK(call_builtin("print", {}, {"sep"}, {one}) == nullptr);
  CHECK(take_error() == "TypeError: sep must be None or a string, not int");
  CHECK(call_builtin("print", {}, {"foo"}, {one}) == nullptr);
  CHECK(take_error() == "TypeError: 'foo' is an invalid keyword argument for print()");
  CHECK(call_builtin("print", {}, {"file"}, {one}) == nullptr);
  CHECK(take_error() == "AttributeError: 'int' object has no attribute 'write'");
  for (Object* o : {one, s, l, dash, bang}) decref(o);
  CHECK(live_objects == before);
}

TEST_CASE("input reads lines from stdin without their newline, then EOFError") {
  init();
  std::vector<std::string> lines;
  std::string error;
  with_redirected_fd(0, "first\r\nsecond\nlast", [&] {
    for (int i = 0; i < 4; ++i) {
      Object* r = call_builtin("input", {});
      if (!r) {
        error = take_error();
        break;
      }
      lines.emplace_back(str_view(r));
      decref(r);
    }
  });
  CHECK(lines == std::vector<std::string>{"first", "second", "last"});
  CHECK(error == "EOFError: EOF when reading a line");
}

TEST_CASE("enumerate and zip reuse their result tuple only when the consumer dropped it") {
  init();
  intptr_t before = live_objects;
  Object* l = int_list({10, 20, 30});
  Object* e = call_builtin("enumerate", {l});
  Object* first = iter_next(e);
  Object* second = iter_next(e);  // `first` is still held: a new tuple
  CHECK(first != second);
  CHECK(repr_of(newref(first)) == "(0, 10)");
  CHECK(repr_of(newref(second)) == "(1, 20)");
  decref(first);
  decref(second);
  Object* third = iter_next(e);  // both dropped: a tuple is refilled
  CHECK(repr_of(third) == "(2, 30)");
  CHECK(iter_next(e) == nullptr);
  CHECK_FALSE(error_occurred());
  decref(e);
  Object* z = call_builtin("zip", {l, l});
  first = iter_next(z);
  Object* kept = newref(tuple_get(first, 0));
  decref(first);
  second = iter_next(z);
  CHECK(repr_of(second) == "(20, 20)");
  CHECK(repr_of(kept) == "10");  // an item taken out of a reused tuple stays valid
  decref(z);
  decref(l);
  CHECK(live_objects == before);
}
