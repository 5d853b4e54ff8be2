// Unit tests of the sequence types: tuple, list (with sort), range and
// slice (vm/types/tuple.cpp, list.cpp, list_sort.cpp, range_slice.cpp).
// Expected values were printed by CPython 3.11; every case checks that
// live_objects returns to its starting value.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>

#include "tests/unit/container_test_util.h"
#include "vm/descriptors.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/types/dict.h"
#include "vm/types/generic_alias.h"
#include "vm/types/range_slice.h"

using namespace frost;
using namespace frost::testing;

namespace {

Object* tuple_of(std::initializer_list<int64_t> values) {
  Object* l = ints(values);
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

Object* range_of(int64_t start, int64_t stop, int64_t step) {
  Object *a = I(start), *b = I(stop), *c = I(step);
  Object* r = range_new(a, b, c);
  decref(a);
  decref(b);
  decref(c);
  return r;
}

// 10**n as an int object.
Object* pow10(int n) {
  Object *ten = I(10), *e = I(n);
  Object* r = binary_op(ten, e, BinOp::Pow);
  decref(ten);
  decref(e);
  return r;
}

// o[key] with an int key.
std::string item(Object* o, int64_t i) {
  Object* k = I(i);
  std::string r = repr_steal(object_getitem(o, k));
  decref(k);
  return r;
}

// o[start:stop:step] (null bounds are None).
std::string sliced(Object* o, Object* start, Object* stop, Object* step) {
  Object* s = slice_new(start, stop, step);
  std::string r = repr_steal(object_getitem(o, s));
  decref(s);
  return r;
}

// A builtin function by name (borrowed).
Object* builtin(const char* name) { return dict_get_cstr(builtins_dict(), name); }

// list(range(n)) for assignment tests.
Object* range_list(int64_t n) {
  Object* r = range_of(0, n, 1);
  Object* l = list_from_iterable(r);
  decref(r);
  return l;
}

// A key function that appends its argument to the list it is bound to, so a
// sort using it mutates the list being sorted.
Object* appending_key(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (list_append(self, args[0]) < 0) return nullptr;
  return newref(args[0]);
}
MethodDef appending_key_def = {"appending_key", appending_key, 0, nullptr};

// key=first item of a tuple.
Object* first_item(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return newref(tuple_get(args[0], 0));
}
MethodDef first_item_def = {"first_item", first_item, 0, nullptr};

}  // namespace

// ---- tuple -------------------------------------------------------------------

TEST_CASE("tuple: hash is CPython's tuplehash") {
  runtime_init();
  intptr_t before = live_objects;
  {
    auto h = [](Object* t) {
      int64_t v = object_hash(t);
      decref(t);
      return v;
    };
    CHECK(h(tuple_of({1, 2})) == -3550055125485641917);
    CHECK(h(tuple_new(0)) == 5740354900026072187);
    CHECK(h(tuple_of({1})) == -6644214454873602895);
    CHECK(h(tuple_of({1, 2, 3})) == 529344067295497451);
    CHECK(h(tuple_of({-1})) == 8078679518589016365);
    Object *a = tuple_of({1, 2}), *b = tuple_of({3, 4});
    CHECK(h(tuple_pack2(a, b)) == -1467267874458550984);
    Object *one = I(1), *two = I(2), *seventy = I(70), *inner = tuple_of({2, -3});
    Object* big = binary_op(two, seventy, BinOp::Pow);
    CHECK(h(tuple_pack(3, one, inner, big)) == -2760052077813801434);
    for (Object* o : {a, b, one, two, seventy, inner, big}) decref(o);
    Object* l = list_new(0);
    Object* t = tuple_pack2(l, None);
    CHECK(object_hash(t) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");
    decref(t);
    decref(l);
  }
  CHECK(live_objects == before);
}

TEST_CASE("tuple: freed small tuples are reused, and the freelist can be emptied") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* a = tuple_pack2(None, None);
    Object* kept = a;
    decref(a);
    CHECK(live_objects == before);
    Object* b = tuple_new(2);
    CHECK(b == kept);  // the same memory, handed out again
    CHECK(refcount(b) == 1);
    CHECK(tuple_get(b, 0) == nullptr);
    CHECK(tuple_get(b, 1) == nullptr);
    tuple_set(b, 0, I(7));
    tuple_set(b, 1, I(8));
    CHECK(repr_of(b) == "(7, 8)");
    decref(b);
    tuple_clear_freelist();
    CHECK(live_objects == before);
    Object* c = tuple_pack2(None, None);
    CHECK(repr_of(c) == "(None, None)");
    decref(c);
  }
  CHECK(live_objects == before);
}

TEST_CASE("list: freed lists are reused, and the freelist can be emptied") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* a = ints({1, 2, 3});
    Object* kept = a;
    decref(a);
    CHECK(live_objects == before);
    Object* b = list_new(2);
    CHECK(b == kept);
    CHECK(list_size(b) == 2);
    CHECK(list_get(b, 0) == nullptr);
    list_set(b, 0, I(1));
    list_set(b, 1, I(2));
    CHECK(repr_of(b) == "[1, 2]");
    decref(b);
    list_clear_freelist();
    CHECK(live_objects == before);
  }
  CHECK(live_objects == before);
}

TEST_CASE("tuple: repr, comparisons, concatenation, repetition, slicing") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* empty = tuple_new(0);
    CHECK(empty == tuple_empty());
    CHECK(is_immortal(empty));
    CHECK(repr_of(empty) == "()");
    Object* t1 = tuple_of({1});
    CHECK(repr_of(t1) == "(1,)");
    Object* t3 = tuple_of({1, 2, 3});
    CHECK(repr_of(t3) == "(1, 2, 3)");

    Object* l = list_new(0);
    Object* rec = tuple_pack(1, l);
    list_append(l, rec);
    CHECK(repr_of(rec) == "([(...)],)");
    CHECK(repr_of(l) == "[([...],)]");
    type_of(l)->clear(l);  // break the cycle
    decref(rec);
    decref(l);

    Object* t12 = tuple_of({1, 2});
    Object* t13 = tuple_of({1, 3});
    Object* t120 = tuple_of({1, 2, 0});
    CHECK(object_richcompare_bool(t12, t13, CompareOp::Lt) == 1);
    CHECK(object_richcompare_bool(t12, t120, CompareOp::Lt) == 1);
    CHECK(object_richcompare_bool(t13, t120, CompareOp::Gt) == 1);
    CHECK(object_richcompare_bool(t12, t12, CompareOp::Le) == 1);
    Object* t12b = tuple_of({1, 2});
    CHECK(object_richcompare_bool(t12, t12b, CompareOp::Eq) == 1);
    CHECK(object_richcompare_bool(t12, t13, CompareOp::Ne) == 1);
    Object* ts = tuple_pack(1, empty);
    CHECK(object_richcompare_bool(t1, ts, CompareOp::Lt) == -1);
    CHECK(take_error() == "TypeError: '<' not supported between instances of 'int' and 'tuple'");
    decref(ts);

    CHECK(repr_steal(binary_op(t12, t3, BinOp::Add)) == "(1, 2, 1, 2, 3)");
    Object* r = binary_op(t12, empty, BinOp::Add);
    CHECK(r == t12);
    decref(r);
    Object* lst = ints({1});
    CHECK(binary_op(t12, lst, BinOp::Add) == nullptr);
    CHECK(take_error() == "TypeError: can only concatenate tuple (not \"list\") to tuple");
    decref(lst);
    Object* three = I(3);
    CHECK(repr_steal(binary_op(t12, three, BinOp::Mul)) == "(1, 2, 1, 2, 1, 2)");
    CHECK(repr_steal(binary_op(three, t12, BinOp::Mul)) == "(1, 2, 1, 2, 1, 2)");
    Object* neg = I(-1);
    r = binary_op(t12, neg, BinOp::Mul);
    CHECK(r == empty);
    decref(r);
    decref(neg);
    decref(three);

    Object* t9 = tuple_of({1, 2, 3, 4, 5, 6, 7, 8, 9});
    Object *two = I(2), *m2 = I(-2), *seven = I(7), *m1 = I(-1), *five = I(5), *one = I(1);
    CHECK(sliced(t9, nullptr, nullptr, two) == "(1, 3, 5, 7, 9)");
    CHECK(sliced(t9, nullptr, nullptr, m1) == "(9, 8, 7, 6, 5, 4, 3, 2, 1)");
    CHECK(sliced(t9, seven, two, m2) == "(8, 6, 4)");
    CHECK(sliced(t9, one, five, nullptr) == "(2, 3, 4, 5)");
    Object* whole = slice_new(nullptr, nullptr, nullptr);
    r = object_getitem(t9, whole);
    CHECK(r == t9);
    decref(r);
    decref(whole);
    CHECK(item(t9, -1) == "9");
    CHECK(item(t9, 9) == "IndexError: tuple index out of range");
    Object* s = S("x");
    CHECK(object_getitem(t9, s) == nullptr);
    CHECK(take_error() == "TypeError: tuple indices must be integers or slices, not str");

    CHECK(repr_steal(call_m(t9, "index", {five})) == "4");
    Object* four = I(4);
    CHECK(repr_steal(call_m(t9, "index", {five, four})) == "4");
    CHECK(call_m(t9, "index", {five, one, four}) == nullptr);
    CHECK(take_error() == "ValueError: tuple.index(x): x not in tuple");
    CHECK(call_m(t9, "index", {five, s}) == nullptr);
    CHECK(take_error() == "TypeError: slice indices must be integers or have an __index__ method");
    CHECK(repr_steal(call_m(t9, "count", {five})) == "1");
    CHECK(object_contains(t9, seven) == 1);
    CHECK(object_contains(t9, s) == 0);
    for (Object* o : {two, m2, seven, m1, five, one, four, s}) decref(o);

    Object* chars = S("abc");
    CHECK(repr_steal(tuple_from_iterable(chars)) == "('a', 'b', 'c')");
    decref(chars);
    Object* it = object_iter(t9);
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "9");
    decref(iter_next(it));
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "8");
    Object* same = object_iter(it);
    CHECK(same == it);
    decref(same);
    decref(it);
    for (Object* o : {t1, t3, t12, t13, t120, t12b, t9}) decref(o);
  }
  CHECK(live_objects == before);
}

// ---- list --------------------------------------------------------------------

TEST_CASE("list: methods and their errors") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* l = ints({1, 2, 3});
    Object *zero = I(0), *nine = I(9), *m100 = I(-100), *big = I(100), *two = I(2);
    CHECK(done(call_m(l, "append", {nine})) == "None");
    CHECK(done(call_m(l, "insert", {zero, zero})) == "None");
    CHECK(done(call_m(l, "insert", {m100, m100})) == "None");
    CHECK(done(call_m(l, "insert", {big, big})) == "None");
    CHECK(repr_of(l) == "[-100, 0, 1, 2, 3, 9, 100]");
    CHECK(repr_steal(call_m(l, "pop")) == "100");
    CHECK(repr_steal(call_m(l, "pop", {zero})) == "-100");
    CHECK(call_m(l, "pop", {big}) == nullptr);
    CHECK(take_error() == "IndexError: pop index out of range");
    CHECK(done(call_m(l, "remove", {two})) == "None");
    CHECK(call_m(l, "remove", {two}) == nullptr);
    CHECK(take_error() == "ValueError: list.remove(x): x not in list");
    CHECK(repr_steal(call_m(l, "index", {nine})) == "3");
    CHECK(call_m(l, "index", {big}) == nullptr);
    CHECK(take_error() == "ValueError: 100 is not in list");
    Object* ext = ints({9, 9});
    CHECK(done(call_m(l, "extend", {ext})) == "None");
    CHECK(repr_steal(call_m(l, "count", {nine})) == "3");
    CHECK(done(call_m(l, "reverse")) == "None");
    CHECK(repr_of(l) == "[9, 9, 9, 3, 1, 0]");
    Object* c = call_m(l, "copy");
    CHECK(repr_of(c) == repr_of(l));
    CHECK(done(call_m(l, "clear")) == "None");
    CHECK(repr_of(l) == "[]");
    CHECK(call_m(l, "pop") == nullptr);
    CHECK(take_error() == "IndexError: pop from empty list");
    CHECK(call_m(l, "append") == nullptr);
    CHECK(take_error() == "TypeError: list.append() takes exactly one argument (0 given)");
    CHECK(call_kw(l, "sort", {zero}, {}) == nullptr);
    CHECK(take_error() == "TypeError: sort() takes no positional arguments");

    CHECK(item(c, 10) == "IndexError: list index out of range");
    CHECK(item(c, -6) == "9");
    Object* s = S("a");
    CHECK(object_getitem(c, s) == nullptr);
    CHECK(take_error() == "TypeError: list indices must be integers or slices, not str");
    CHECK(object_setitem(c, big, zero) == -1);
    CHECK(take_error() == "IndexError: list assignment index out of range");
    CHECK(object_delitem(c, big) == -1);
    CHECK(take_error() == "IndexError: list assignment index out of range");
    CHECK(object_setitem(c, zero, s) == 0);
    CHECK(object_delitem(c, two) == 0);
    CHECK(repr_of(c) == "['a', 9, 3, 1, 0]");
    decref(s);

    Object* t = tuple_of({1});
    CHECK(binary_op(c, t, BinOp::Add) == nullptr);
    CHECK(take_error() == "TypeError: can only concatenate list (not \"tuple\") to list");
    Object* r = inplace_op(c, t, BinOp::Add);
    CHECK(r == c);
    decref(r);
    CHECK(repr_of(c) == "['a', 9, 3, 1, 0, 1]");
    CHECK(inplace_op(c, big, BinOp::Add) == nullptr);
    CHECK(take_error() == "TypeError: 'int' object is not iterable");
    decref(t);
    Object* f = binary_op(two, two, BinOp::TrueDiv);
    CHECK(binary_op(c, f, BinOp::Mul) == nullptr);
    CHECK(take_error() == "TypeError: can't multiply sequence by non-int of type 'float'");
    decref(f);
    for (Object* o : {zero, nine, m100, big, two, ext, c, l}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("list: operators, comparisons, repr with recursion, iterators") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object *a = ints({1, 2}), *b = ints({1, 3}), *c = ints({1, 2, 0});
    CHECK(object_richcompare_bool(a, b, CompareOp::Lt) == 1);
    CHECK(object_richcompare_bool(a, c, CompareOp::Lt) == 1);
    CHECK(object_richcompare_bool(a, c, CompareOp::Eq) == 0);
    Object* a2 = ints({1, 2});
    CHECK(object_richcompare_bool(a, a2, CompareOp::Eq) == 1);
    CHECK(object_richcompare_bool(a, a2, CompareOp::Ge) == 1);
    CHECK(repr_steal(binary_op(a, b, BinOp::Add)) == "[1, 2, 1, 3]");
    Object* three = I(3);
    CHECK(repr_steal(binary_op(three, a, BinOp::Mul)) == "[1, 2, 1, 2, 1, 2]");
    Object* r = inplace_op(a2, three, BinOp::Mul);
    CHECK(r == a2);
    decref(r);
    CHECK(repr_of(a2) == "[1, 2, 1, 2, 1, 2]");
    Object* zero = I(0);
    r = inplace_op(a2, zero, BinOp::Mul);
    decref(r);
    CHECK(repr_of(a2) == "[]");
    CHECK(object_hash(a) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");

    Object* rec = list_new(0);
    list_append(rec, rec);
    CHECK(repr_of(rec) == "[[...]]");
    Object* outer = list_new(0);
    list_append(outer, rec);
    list_append(outer, rec);
    CHECK(repr_of(outer) == "[[[...]], [[...]]]");
    type_of(rec)->clear(rec);
    decref(outer);
    decref(rec);

    Object* it = object_iter(c);
    CHECK(repr_steal(iter_next(it)) == "1");
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "2");
    decref(it);
    Object* rev = call_m(c, "__reversed__");
    CHECK(std::string(type_name(rev)) == "list_reverseiterator");
    CHECK(repr_steal(list_from_iterable(rev)) == "[0, 2, 1]");
    CHECK(iter_next(rev) == nullptr);
    CHECK(!error_occurred());
    decref(rev);
    CHECK(object_contains(c, zero) == 1);
    CHECK(object_contains(c, three) == 0);
    for (Object* o : {a, b, c, a2, three, zero}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("list: slicing and slice assignment as CPython") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* a = ints({1, 2, 3, 4, 5, 6, 7, 8, 9});
    Object *two = I(2), *m2 = I(-2), *seven = I(7), *m1 = I(-1), *m3 = I(-3), *h = I(100),
           *mh = I(-100), *three = I(3), *five = I(5), *eight = I(8);
    CHECK(sliced(a, nullptr, nullptr, two) == "[1, 3, 5, 7, 9]");
    CHECK(sliced(a, nullptr, nullptr, m1) == "[9, 8, 7, 6, 5, 4, 3, 2, 1]");
    CHECK(sliced(a, seven, two, m2) == "[8, 6, 4]");
    CHECK(sliced(a, m3, nullptr, nullptr) == "[7, 8, 9]");
    CHECK(sliced(a, h, nullptr, nullptr) == "[]");
    CHECK(sliced(a, mh, two, nullptr) == "[1, 2]");
    Object* zero = I(0);
    Object* s0 = slice_new(nullptr, nullptr, zero);
    CHECK(object_getitem(a, s0) == nullptr);
    CHECK(take_error() == "ValueError: slice step cannot be zero");
    decref(s0);
    decref(zero);

    auto assign = [](Object* l, Object* start, Object* stop, Object* step, Object* value) {
      Object* s = slice_new(start, stop, step);
      int rc = value ? object_setitem(l, s, value) : object_delitem(l, s);
      decref(s);
      std::string r = rc < 0 ? take_error() : repr_of(l);
      decref(l);
      return r;
    };
    Object* v = ints({20, 30});
    CHECK(assign(range_list(10), two, five, nullptr, v) == "[0, 1, 20, 30, 5, 6, 7, 8, 9]");
    decref(v);
    Object* abcd = S("abcd");
    Object* it = object_iter(abcd);
    CHECK(assign(range_list(10), two, five, nullptr, it) == "[0, 1, 'a', 'b', 'c', 'd', 5, 6, 7, 8, 9]");
    decref(it);
    CHECK(assign(range_list(10), nullptr, nullptr, three, abcd) == "['a', 1, 2, 'b', 4, 5, 'c', 7, 8, 'd']");
    CHECK(assign(range_list(10), nullptr, nullptr, three, nullptr) == "[1, 2, 4, 5, 7, 8]");
    CHECK(assign(range_list(10), nullptr, nullptr, m3, nullptr) == "[1, 2, 4, 5, 7, 8]");
    CHECK(assign(range_list(10), seven, two, m2, nullptr) == "[0, 1, 2, 4, 6, 8, 9]");
    v = ints({1, 2, 3});
    CHECK(assign(range_list(10), eight, two, m2, v) == "[0, 1, 2, 3, 3, 5, 2, 7, 1, 9]");
    decref(v);
    v = ints({9});
    CHECK(assign(range_list(5), five, two, nullptr, v) == "[0, 1, 2, 3, 4, 9]");
    decref(v);
    Object* l = range_list(5);
    CHECK(assign(newref(l), nullptr, nullptr, nullptr, l) == "[0, 1, 2, 3, 4]");
    CHECK(assign(newref(l), nullptr, nullptr, m1, l) == "[4, 3, 2, 1, 0]");
    decref(l);
    v = ints({1, 2});
    CHECK(assign(range_list(5), nullptr, nullptr, two, v) ==
          "ValueError: attempt to assign sequence of size 2 to extended slice of size 3");
    decref(v);
    CHECK(assign(range_list(5), nullptr, nullptr, two, five) ==
          "TypeError: must assign iterable to extended slice");
    CHECK(assign(range_list(5), nullptr, two, nullptr, five) == "TypeError: can only assign an iterable");
    CHECK(assign(range_list(5), nullptr, nullptr, nullptr, nullptr) == "[]");
    decref(abcd);
    for (Object* o : {two, m2, seven, m1, m3, h, mh, three, five, eight, a}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("list.sort: orders, stability with key and reverse, errors") {
  runtime_init();
  intptr_t before = live_objects;
  {
    auto sorted_text = [](Object* l, Object* key, bool reverse) {
      Object* r = call_kw(l, "sort", {}, {{"key", key ? key : None}, {"reverse", bool_from(reverse)}});
      std::string out = r ? repr_of(l) : take_error();
      xdecref(r);
      decref(l);
      return out;
    };
    CHECK(sorted_text(ints({3, -1, 1, -3, 2}), builtin("abs"), false) == "[-1, 1, 2, 3, -3]");
    CHECK(sorted_text(ints({3, -1, 1, -3, 2}), builtin("abs"), true) == "[3, -3, 2, -1, 1]");
    CHECK(sorted_text(ints({5, 1, 4, 1, 5, 9, 2, 6}), nullptr, false) == "[1, 1, 2, 4, 5, 5, 6, 9]");
    CHECK(sorted_text(ints({5, 1, 4, 1, 5, 9, 2, 6}), nullptr, true) == "[9, 6, 5, 5, 4, 2, 1, 1]");

    Object* words = list_new(0);
    for (const char* w : {"bb", "a", "ccc", "dd", "e", "fff", "g"}) {
      Object* s = S(w);
      list_append(words, s);
      decref(s);
    }
    Object* w2 = list_slice(words, 0, 7);
    CHECK(sorted_text(words, builtin("len"), false) == "['a', 'e', 'g', 'bb', 'dd', 'ccc', 'fff']");
    CHECK(sorted_text(w2, builtin("len"), true) == "['ccc', 'fff', 'bb', 'dd', 'a', 'e', 'g']");

    Object* text = list_new(0);
    for (const char* w : {"\xc3\xa9", "z", "a", "\xc3\xbc", "Z"}) {
      Object* s = S(w);
      list_append(text, s);
      decref(s);
    }
    CHECK(sorted_text(text, nullptr, false) == "['Z', 'a', 'z', '\xc3\xa9', '\xc3\xbc']");

    Object* mixed = ints({1, 2});
    Object* s = S("a");
    list_append(mixed, s);
    decref(s);
    CHECK(sorted_text(mixed, nullptr, false) ==
          "TypeError: '<' not supported between instances of 'str' and 'int'");

    // A key function that mutates the list being sorted.
    Object* l = ints({3, 1, 2});
    Object* key = native_function_new(&appending_key_def, l, nullptr);
    Object* r = call_kw(l, "sort", {}, {{"key", key}});
    CHECK(r == nullptr);
    CHECK(take_error() == "ValueError: list modified during sort");
    CHECK(repr_of(l) == "[1, 2, 3]");
    decref(key);
    decref(l);
  }
  CHECK(live_objects == before);
}

TEST_CASE("list.sort: long lists are sorted, stable, and survive a failing comparison") {
  runtime_init();
  intptr_t before = live_objects;
  {
    std::mt19937_64 rng(42);
    for (int n : {0, 1, 2, 63, 64, 65, 200, 1000, 5000}) {
      // (key, original position) pairs, few distinct keys: stability shows.
      std::vector<std::pair<int64_t, int64_t>> expect;
      Object* l = list_new(0);
      for (int i = 0; i < n; i++) {
        int64_t k = static_cast<int64_t>(rng() % 37);
        // Runs of ascending and descending keys exercise count_run and merges.
        if (i % 100 < 30) k = i % 100;
        else if (i % 100 < 50) k = 100 - i % 100;
        expect.emplace_back(k, i);
        Object *a = I(k), *b = I(i);
        Object* t = tuple_pack2(a, b);
        list_append(l, t);
        decref(t);
        decref(a);
        decref(b);
      }
      Object* by_key = list_slice(l, 0, n);
      Object* reversed = list_slice(l, 0, n);
      auto check = [&](Object* list, const std::vector<std::pair<int64_t, int64_t>>& want) {
        REQUIRE(list_size(list) == static_cast<intptr_t>(want.size()));
        bool ok = true;
        for (size_t i = 0; i < want.size(); i++) {
          Object* t = list_get(list, static_cast<intptr_t>(i));
          ok = ok && int_small_value(tuple_get(t, 0)) == want[i].first &&
               int_small_value(tuple_get(t, 1)) == want[i].second;
        }
        CHECK(ok);
      };
      // Tuples compare through object_richcompare_bool.
      CHECK(list_sort(l, nullptr, false) == 0);
      auto sorted = expect;
      std::sort(sorted.begin(), sorted.end());
      check(l, sorted);
      // key=: stable on equal keys.
      Object* key = native_function_new(&first_item_def, nullptr, nullptr);
      CHECK(list_sort(by_key, key, false) == 0);
      auto stable = expect;
      std::stable_sort(stable.begin(), stable.end(),
                       [](auto& x, auto& y) { return x.first < y.first; });
      check(by_key, stable);
      // reverse=True keeps equal keys in their original order.
      CHECK(list_sort(reversed, key, true) == 0);
      auto rstable = expect;
      std::stable_sort(rstable.begin(), rstable.end(),
                       [](auto& x, auto& y) { return x.first > y.first; });
      check(reversed, rstable);
      decref(key);
      decref(l);
      decref(by_key);
      decref(reversed);
    }

    // Small ints take the fast comparison; a str among them makes `<` raise
    // in the middle of a merge, and the list keeps all its items.
    Object* l = list_new(0);
    int64_t sum = 0;
    for (int i = 0; i < 3000; i++) {
      int64_t v = static_cast<int64_t>(rng() % 100000);
      sum += v;
      Object* o = I(v);
      list_append(l, o);
      decref(o);
    }
    Object* copy = list_slice(l, 0, 3000);
    CHECK(list_sort(copy, nullptr, false) == 0);
    bool ordered = true;
    for (intptr_t i = 1; i < 3000; i++)
      ordered = ordered && int_small_value(list_get(copy, i - 1)) <= int_small_value(list_get(copy, i));
    CHECK(ordered);
    decref(copy);
    Object* s = S("x");
    list_insert(l, 2500, s);
    decref(s);
    CHECK(list_sort(l, nullptr, false) == -1);
    CHECK(take_error() == "TypeError: '<' not supported between instances of 'str' and 'int'");
    REQUIRE(list_size(l) == 3001);
    int64_t after = 0;
    int strs = 0;
    for (intptr_t i = 0; i < 3001; i++) {
      Object* o = list_get(l, i);
      if (is_str(o)) strs++;
      else after += int_small_value(o);
    }
    CHECK(strs == 1);
    CHECK(after == sum);
    decref(l);
  }
  CHECK(live_objects == before);
}

// ---- range and slice -----------------------------------------------------------

TEST_CASE("range: length, indexing, slicing, membership, repr, hash") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* r = range_of(0, 20, 3);
    CHECK(object_len(r) == 7);
    CHECK(item(r, 2) == "6");
    CHECK(item(r, -1) == "18");
    CHECK(item(r, 7) == "IndexError: range object index out of range");
    Object *one = I(1), *five = I(5), *m1 = I(-1), *two = I(2), *m2 = I(-2), *nine = I(9),
           *ten = I(10);
    CHECK(sliced(r, one, five, nullptr) == "range(3, 15, 3)");
    CHECK(sliced(r, nullptr, nullptr, m1) == "range(18, -3, -3)");
    CHECK(sliced(r, nullptr, nullptr, two) == "range(0, 21, 6)");
    CHECK(sliced(r, five, one, m2) == "range(15, 3, -6)");
    Object* m20 = I(-20);
    CHECK(sliced(r, ten, nullptr, nullptr) == "range(21, 21, 3)");
    CHECK(sliced(r, m20, m20, m1) == "range(-3, -3, -3)");
    decref(m20);
    CHECK(object_contains(r, nine) == 1);
    CHECK(object_contains(r, ten) == 0);
    CHECK(repr_steal(call_m(r, "index", {nine})) == "3");
    CHECK(repr_steal(call_m(r, "count", {nine})) == "1");
    CHECK(call_m(r, "index", {ten}) == nullptr);
    CHECK(take_error() == "ValueError: 10 is not in range");
    Object* f = binary_op(nine, one, BinOp::TrueDiv);  // 9.0 == 9
    CHECK(object_contains(r, f) == 1);
    CHECK(repr_steal(call_m(r, "index", {f})) == "3");
    decref(f);
    CHECK(repr_steal(list_from_iterable(r)) == "[0, 3, 6, 9, 12, 15, 18]");
    Object* rev = call_m(r, "__reversed__");
    CHECK(repr_steal(list_from_iterable(rev)) == "[18, 15, 12, 9, 6, 3, 0]");
    decref(rev);
    Object* it = object_iter(r);
    CHECK(std::string(type_name(it)) == "range_iterator");
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "7");
    decref(it);
    decref(r);

    r = range_of(0, 10, 1);
    CHECK(repr_of(r) == "range(0, 10)");
    CHECK(object_hash(r) == -7546101314042312252);
    decref(r);
    r = range_of(0, 10, 2);
    CHECK(repr_of(r) == "range(0, 10, 2)");
    CHECK(object_hash(r) == -6143170332311272345);
    decref(r);
    // hash((len, start, step)) with None for what does not matter; None's
    // hash is its address in CPython 3.11, so compare with the tuple's.
    auto tuple_hash = [](int64_t n, Object* start, Object* step) {
      Object* len = I(n);
      Object* t = tuple_pack(3, len, start, step);
      int64_t v = object_hash(t);
      decref(t);
      decref(len);
      return v;
    };
    r = range_of(0, 0, 1);
    CHECK(object_hash(r) == tuple_hash(0, None, None));
    Object* r2 = range_of(5, 5, 1);
    CHECK(object_richcompare_bool(r, r2, CompareOp::Eq) == 1);
    decref(r2);
    decref(r);
    r = range_of(5, 6, 1);
    CHECK(object_hash(r) == tuple_hash(1, five, None));
    decref(r);
    r = range_of(0, 3, 2);
    r2 = range_of(0, 4, 2);
    CHECK(object_richcompare_bool(r, r2, CompareOp::Eq) == 1);
    decref(r2);
    decref(r);
    r = range_of(5, -5, -3);
    CHECK(repr_steal(list_from_iterable(r)) == "[5, 2, -1, -4]");
    CHECK(object_len(r) == 4);
    decref(r);

    Object* zero = I(0);
    CHECK(range_new(one, five, zero) == nullptr);
    CHECK(take_error() == "ValueError: range() arg 3 must not be zero");
    for (Object* o : {one, five, m1, two, m2, nine, ten, zero}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("range: bounds beyond int64") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* e20 = pow10(20);
    Object* e19 = pow10(19);
    Object* zero = I(0);
    Object* one = I(1);
    Object* big = range_new(zero, e20, one);
    CHECK(object_len(big) == -1);
    CHECK(take_error() == "OverflowError: Python int too large to convert to C ssize_t");
    CHECK(repr_steal(object_getitem(big, e19)) == "10000000000000000000");
    CHECK(object_contains(big, e19) == 1);
    Object* m1 = I(-1);
    CHECK(repr_steal(object_getitem(big, m1)) == "99999999999999999999");
    decref(m1);
    Object* r = range_new(zero, e20, e19);
    CHECK(object_len(r) == 10);
    decref(r);
    CHECK(sliced(big, nullptr, nullptr, e19) == "range(0, 100000000000000000000, 10000000000000000000)");
    Object* m5 = I(-5);
    CHECK(sliced(big, m5, nullptr, nullptr) ==
          "range(99999999999999999995, 100000000000000000000)");
    decref(m5);
    decref(big);
    Object* e30 = pow10(30);
    Object* s = slice_new(nullptr, nullptr, e30);
    Object* five = I(5);
    CHECK(repr_steal(call_m(s, "indices", {five})) == "(0, 5, 1000000000000000000000000000000)");
    decref(s);
    decref(five);
    Object* e25 = pow10(25);
    Object* two2 = I(2);
    s = slice_new(one, two2, nullptr);
    decref(two2);
    CHECK(repr_steal(call_m(s, "indices", {e25})) == "(1, 2, 1)");
    decref(s);
    decref(e25);
    decref(e30);

    // Across the int64 boundary: a long iterator, forwards and reversed.
    Object* two = I(2);
    Object* max = I(INT64_MAX);
    Object* lo = binary_op(max, one, BinOp::Sub);
    Object* three = I(3);
    Object* hi = binary_op(max, three, BinOp::Add);
    Object* edge = range_new(lo, hi, one);
    Object* it = object_iter(edge);
    CHECK(std::string(type_name(it)) == "longrange_iterator");
    CHECK(repr_steal(list_from_iterable(it)) ==
          "[9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]");
    decref(it);
    Object* rev = call_m(edge, "__reversed__");
    CHECK(repr_steal(list_from_iterable(rev)) ==
          "[9223372036854775809, 9223372036854775808, 9223372036854775807, 9223372036854775806]");
    decref(rev);
    // Below the boundary the values fit: C integers, up to INT64_MAX itself.
    Object* below = range_new(lo, max, one);
    it = object_iter(below);
    CHECK(std::string(type_name(it)) == "range_iterator");
    CHECK(repr_steal(list_from_iterable(it)) == "[9223372036854775806]");
    decref(it);
    decref(below);
    for (Object* o : {e20, e19, zero, one, two, three, max, lo, hi, edge}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("slice: repr, indices, comparison, unhashable") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object *one = I(1), *two = I(2), *three = I(3), *ten = I(10), *five = I(5), *m1 = I(-1),
           *m100 = I(-100), *h = I(100);
    Object* s = slice_new(one, two, nullptr);
    CHECK(repr_of(s) == "slice(1, 2, None)");
    CHECK(object_hash(s) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'slice'");
    Object* s2 = slice_new(one, ten, two);
    CHECK(repr_steal(call_m(s2, "indices", {five})) == "(1, 5, 2)");
    Object* s3 = slice_new(nullptr, nullptr, m1);
    CHECK(repr_steal(call_m(s3, "indices", {five})) == "(4, -1, -1)");
    Object* s4 = slice_new(m100, h, nullptr);
    CHECK(repr_steal(call_m(s4, "indices", {ten})) == "(0, 10, 1)");
    CHECK(call_m(s4, "indices", {m1}) == nullptr);
    CHECK(take_error() == "ValueError: length should not be negative");
    Object* s5 = slice_new(one, three, nullptr);
    CHECK(object_richcompare_bool(s, s5, CompareOp::Lt) == 1);
    Object* s6 = slice_new(one, two, nullptr);
    CHECK(object_richcompare_bool(s, s6, CompareOp::Eq) == 1);
    Object* str = S("a");
    Object* bad = slice_new(str, nullptr, nullptr);
    Object* l = ints({1, 2});
    CHECK(object_getitem(l, bad) == nullptr);
    CHECK(take_error() ==
          "TypeError: slice indices must be integers or None or have an __index__ method");
    for (Object* o : {one, two, three, ten, five, m1, m100, h, s, s2, s3, s4, s5, s6, str, bad, l})
      decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("list[int]: __class_getitem__ makes a GenericAlias") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* list_type = &ListType;
    Object* int_type = &IntType;
    Object* a = object_getitem(list_type, int_type);
    REQUIRE(a != nullptr);
    CHECK(type_of(a) == &GenericAliasType);
    CHECK(repr_of(a) == "list[int]");
    Object* b = object_getitem(list_type, int_type);
    CHECK(object_richcompare_bool(a, b, CompareOp::Eq) == 1);
    CHECK(object_hash(a) == object_hash(b));
    Object* args = tuple_pack(2, static_cast<Object*>(&IntType), Ellipsis);
    Object* t = object_getitem(&TupleType, args);
    CHECK(repr_of(t) == "tuple[int, ...]");
    Object* nested = tuple_pack(2, static_cast<Object*>(&StrType), a);
    Object* d = object_getitem(&DictType, nested);
    CHECK(repr_of(d) == "dict[str, list[int]]");
    CHECK(repr_steal(call0(a)) == "[]");
    CHECK(repr_steal(object_getattr_cstr(a, "__name__")) == "'list'");
    CHECK(repr_steal(object_getattr_cstr(a, "__args__")) == "(<class 'int'>,)");
    for (Object* o : {a, b, args, t, nested, d}) decref(o);
  }
  CHECK(live_objects == before);
}
