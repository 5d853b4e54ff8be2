// Unit tests of set and frozenset (vm/types/set.cpp): iteration orders,
// hashes and results compared with values printed by CPython 3.11 for the
// same operations, error messages, and refcount balance.
#include <doctest/doctest.h>

#include "tests/unit/container_test_util.h"
#include "vm/interpreter.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/range_slice.h"
#include "vm/types/set.h"

using namespace frost;
using namespace frost::testing;

namespace {

// A set (or frozenset) built by adding `values` in order, as `{a, b, c}` does.
Object* set_of(std::initializer_list<int64_t> values, bool frozen = false) {
  Object* l = ints(values);
  Object* s = frozen ? frozenset_new(l) : set_new(l);
  decref(l);
  return s;
}

Object* range_of(int64_t start, int64_t stop, int64_t step) {
  Object *a = I(start), *b = I(stop), *c = I(step);
  Object* r = range_new(a, b, c);
  decref(a);
  decref(b);
  decref(c);
  return r;
}

// The same pseudo-random adds and discards as the CPython script that
// produced the expected values (x = (x*1103515245 + 12345) % 2**31).
template <typename KeyFn>
Object* lcg_set(int64_t seed, int rounds, int64_t discard_mod, KeyFn key) {
  Object* s = set_new(nullptr);
  int64_t x = seed;
  for (int i = 0; i < rounds; i++) {
    x = (x * 1103515245 + 12345) % (int64_t{1} << 31);
    Object* k = key(x);
    if (x % discard_mod == 0) CHECK(set_discard(s, k) >= 0);
    else CHECK(set_add(s, k) == 0);
    decref(k);
  }
  return s;
}

}  // namespace

TEST_CASE("set: iteration order of ints matches CPython") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* big = I(int64_t{1} << 40);
    Object* l = ints({5, 3, 100, 1});
    list_append(l, big);
    Object* m1 = I(-1);
    list_append(l, m1);
    CHECK(repr_steal(set_new(l)) == "{1099511627776, 1, 3, 100, 5, -1}");
    decref(m1);
    decref(big);
    decref(l);

    Object* r = range_of(20, 0, -3);
    CHECK(repr_steal(set_new(r)) == "{2, 5, 8, 11, 14, 17, 20}");
    decref(r);
    r = range_of(10, 0, -1);
    CHECK(repr_steal(set_new(r)) == "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}");
    decref(r);

    CHECK(repr_steal(set_of({10, 20, 3, 4, 100, 1000})) == "{3, 100, 4, 1000, 10, 20}");
    CHECK(repr_steal(set_of({0, 8, 16, 1})) == "{0, 8, 16, 1}");

    Object* floats = list_new(0);
    for (double d : {1.5, 2.5, 0.5, 100.25}) {
      Object* f = float_from_double(d);
      list_append(floats, f);
      decref(f);
    }
    CHECK(repr_steal(set_new(floats)) == "{0.5, 1.5, 2.5, 100.25}");
    decref(floats);
  }
  CHECK(live_objects == before);
}

TEST_CASE("set: order after removals, re-adds and resizes matches CPython") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* r = range_of(0, 10, 1);
    Object* s = set_new(r);
    decref(r);
    for (int64_t v : {3, 5}) {
      Object* k = I(v);
      CHECK(done(call_m(s, "remove", {k})) == "None");
      decref(k);
    }
    for (int64_t v : {13, 100, 21}) {
      Object* k = I(v);
      CHECK(set_add(s, k) == 0);
      decref(k);
    }
    CHECK(repr_of(s) == "{0, 1, 2, 4, 100, 6, 7, 8, 9, 13, 21}");
    decref(s);

    r = range_of(0, 30, 1);
    s = set_new(r);
    decref(r);
    for (int64_t v = 0; v < 30; v += 2) {
      Object* k = I(v);
      CHECK(set_discard(s, k) == 1);
      decref(k);
    }
    for (int64_t v : {64, -7}) {
      Object* k = I(v);
      set_add(s, k);
      decref(k);
    }
    CHECK(repr_of(s) == "{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 64, -7}");
    decref(s);

    // 5000 pseudo-random adds and discards: the whole order is checked
    // through a position-weighted sum.
    s = lcg_set(1, 5000, 3, [](int64_t x) { return I(x % 3000); });
    CHECK(set_size(s) == 1652);
    int64_t weighted = 0, pos = 0;
    std::string first;
    intptr_t it = 0;
    Object* key;
    while (set_next(s, &it, &key)) {
      weighted += ++pos * int_small_value(key);
      if (pos <= 10) first += std::to_string(int_small_value(key)) + " ";
    }
    CHECK(weighted == 2710487275);
    CHECK(first == "1 2 4 5 8 10 11 14 16 17 ");
    decref(s);

    s = lcg_set(7, 3000, 4, [](int64_t x) {
      Object *a = I(x % 50), *b = I(x % 7);
      Object* t = tuple_pack2(a, b);
      decref(a);
      decref(b);
      return t;
    });
    CHECK(set_size(s) == 264);
    weighted = pos = 0;
    it = 0;
    while (set_next(s, &it, &key))
      weighted += ++pos * (int_small_value(tuple_get(key, 0)) * 100 + int_small_value(tuple_get(key, 1)));
    CHECK(weighted == 84568243);
    decref(s);
  }
  CHECK(live_objects == before);
}

// CPython 3.11 compiles a display of three or more constants to an empty set
// updated from a frozenset constant, which its constant merging has rebuilt
// from its own iteration order (frost's compiler does the same); set_update
// copies that table, so the display iterates as CPython's.
TEST_CASE("set: a display of constants iterates as CPython's ({17, 9, 1, 33})") {
  runtime_init();
  intptr_t before = live_objects;
  {
    auto display = [](std::initializer_list<int64_t> values) {
      Object* l = ints(values);
      Object* first = frozenset_new(l);
      Object* order = tuple_from_iterable(first);
      Object* constant = frozenset_new(order);
      decref(order);
      decref(first);
      Object* s = set_new(nullptr);
      CHECK(set_update(s, constant) == 0);
      decref(constant);
      decref(l);
      return repr_steal(s);
    };
    CHECK(display({17, 9, 1, 33}) == "{17, 1, 9, 33}");
    CHECK(display({10, 20, 3, 4, 100, 1000}) == "{3, 100, 4, 20, 1000, 10}");
    CHECK(display({3, 4, 5, 100}) == "{5, 3, 100, 4}");
    CHECK(display({1, 2, 3, 9, 17, 33, 65}) == "{65, 1, 2, 3, 33, 17, 9}");
    CHECK(display({-1, -5, 10, 7}) == "{10, -5, -1, 7}");
  }
  CHECK(live_objects == before);
}

TEST_CASE("set: tuples and frozensets as members, frozenset hashes") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* l = list_new(0);
    for (int64_t i = 0; i < 8; i++) {
      Object *a = I(i), *b = I(-i);
      Object* t = tuple_pack2(a, b);
      list_append(l, t);
      decref(t);
      decref(a);
      decref(b);
    }
    CHECK(repr_steal(set_new(l)) ==
          "{(2, -2), (5, -5), (0, 0), (3, -3), (4, -4), (1, -1), (6, -6), (7, -7)}");
    decref(l);

    Object* f12 = set_of({1, 2}, true);
    Object* f3 = set_of({3}, true);
    Object* f0 = set_of({}, true);
    Object* f1234 = set_of({1, 2, 3, 4}, true);
    CHECK(object_hash(f12) == -1826646154956904602);
    CHECK(object_hash(f0) == 133146708735736);
    Object* f123 = set_of({1, 2, 3}, true);
    CHECK(object_hash(f123) == -272375401224217160);
    decref(f123);
    Object* r = range_of(0, 20, 1);
    Object* f20 = frozenset_new(r);
    CHECK(object_hash(f20) == 7026028923906358870);
    decref(f20);
    decref(r);
    Object* m = set_of({-1, -2}, true);
    CHECK(object_hash(m) == 399283329322573);
    decref(m);

    Object* members = list_new(0);
    for (Object* f : {f12, f3, f0, f1234}) list_append(members, f);
    CHECK(repr_steal(set_new(members)) ==
          "{frozenset({3}), frozenset({1, 2, 3, 4}), frozenset(), frozenset({1, 2})}");
    decref(members);

    // A set key is looked up as a frozenset.
    Object* outer = set_new(nullptr);
    set_add(outer, f12);
    Object* probe = set_of({2, 1});
    CHECK(object_contains(outer, probe) == 1);
    CHECK(done(call_m(outer, "remove", {probe})) == "None");
    CHECK(set_size(outer) == 0);
    CHECK(set_add(outer, probe) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'set'");
    CHECK(object_hash(probe) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'set'");
    decref(probe);
    decref(outer);
    for (Object* f : {f12, f3, f0, f1234}) decref(f);
  }
  CHECK(live_objects == before);
}

TEST_CASE("set: operators and methods give CPython's results and orders") {
  runtime_init();
  intptr_t before = live_objects;
  {
    auto binop = [](std::initializer_list<int64_t> a, std::initializer_list<int64_t> b, BinOp op) {
      Object* x = set_of(a);
      Object* y = set_of(b);
      std::string r = repr_steal(binary_op(x, y, op));
      decref(x);
      decref(y);
      return r;
    };
    CHECK(binop({1, 2, 3}, {100, 4, 64}, BinOp::Or) == "{64, 1, 2, 3, 100, 4}");
    CHECK(binop({1, 2, 3, 9, 17}, {17, 9, 1, 33}, BinOp::And) == "{17, 9, 1}");
    CHECK(binop({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {2, 4}, BinOp::Sub) == "{1, 3, 5, 6, 7, 8, 9, 10}");
    CHECK(binop({1, 2, 3}, {3, 4, 5, 100}, BinOp::Xor) == "{1, 2, 100, 4, 5}");

    Object* s = set_of({1, 2, 3, 9, 17});
    Object* l = ints({17, 9, 1, 33});
    CHECK(repr_steal(call_m(s, "intersection", {l})) == "{17, 9, 1}");
    decref(l);
    decref(s);

    s = set_of({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    Object* d = dict_new();
    Object *k2 = I(2), *k4 = I(4), *zero = I(0);
    dict_set(d, k2, zero);
    dict_set(d, k4, zero);
    CHECK(repr_steal(call_m(s, "difference", {d})) == "{1, 3, 5, 6, 7, 8, 9, 10}");
    decref(s);
    decref(d);

    s = set_of({1, 2, 3});
    l = ints({3, 4, 5, 100});
    CHECK(repr_steal(call_m(s, "symmetric_difference", {l})) == "{1, 2, 100, 4, 5}");
    decref(l);
    decref(s);

    Object* r = range_of(0, 100, 1);
    s = set_new(r);
    decref(r);
    r = range_of(0, 100, 3);
    CHECK(done(call_m(s, "difference_update", {r})) == "None");
    decref(r);
    CHECK(set_size(s) == 66);
    CHECK(repr_of(s).rfind("{1, 2, 4, 5, 7, 8, 10,", 0) == 0);
    decref(s);

    r = range_of(0, 20, 1);
    s = set_new(r);
    decref(r);
    l = ints({19, 3, 7, 100, 5});
    CHECK(done(call_m(s, "intersection_update", {l})) == "None");
    CHECK(repr_of(s) == "{3, 19, 5, 7}");
    decref(l);
    decref(s);

    s = set_new(nullptr);
    d = dict_new();
    Object *one = I(1), *three = I(3);
    dict_set(d, three, one);
    dict_set(d, one, k2);
    dict_set(d, k2, three);
    CHECK(done(call_m(s, "update", {d})) == "None");
    CHECK(repr_of(s) == "{1, 2, 3}");
    decref(d);
    decref(s);

    // In-place operators keep the set and CPython's order.
    auto inplace = [](std::initializer_list<int64_t> a, std::initializer_list<int64_t> b, BinOp op) {
      Object* x = set_of(a);
      Object* y = set_of(b);
      Object* r = inplace_op(x, y, op);
      CHECK(r == x);
      std::string text = repr_steal(r);
      decref(x);
      decref(y);
      return text;
    };
    CHECK(inplace({0, 1, 2, 3, 4, 5, 6, 7}, {100, 200}, BinOp::Or) == "{0, 1, 2, 3, 4, 5, 6, 7, 200, 100}");
    CHECK(inplace({1, 2, 3}, {2, 3, 4}, BinOp::Xor) == "{1, 4}");
    CHECK(inplace({1, 2, 3}, {2, 3, 4}, BinOp::And) == "{2, 3}");
    CHECK(inplace({1, 2, 3}, {2, 3, 4}, BinOp::Sub) == "{1}");

    // The result takes the left operand's type.
    Object* f = set_of({1, 2}, true);
    Object* t = set_of({3});
    CHECK(repr_steal(binary_op(f, t, BinOp::Or)) == "frozenset({1, 2, 3})");
    CHECK(repr_steal(binary_op(t, f, BinOp::Or)) == "{1, 2, 3}");
    // A frozenset has no in-place operator: |= makes a new one.
    Object* r2 = inplace_op(f, t, BinOp::Or);
    CHECK(r2 != f);
    CHECK(repr_steal(r2) == "frozenset({1, 2, 3})");
    l = ints({1});
    CHECK(binary_op(t, l, BinOp::Or) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    decref(l);
    decref(f);
    decref(t);
    for (Object* o : {k2, k4, zero, one, three}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("set: comparisons, subset tests, membership") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* a = set_of({1, 2});
    Object* b = set_of({1, 2, 3});
    Object* fb = set_of({3, 2, 1}, true);
    CHECK(object_richcompare_bool(a, b, CompareOp::Lt) == 1);
    CHECK(object_richcompare_bool(a, b, CompareOp::Le) == 1);
    CHECK(object_richcompare_bool(b, a, CompareOp::Gt) == 1);
    CHECK(object_richcompare_bool(b, b, CompareOp::Lt) == 0);
    CHECK(object_richcompare_bool(b, fb, CompareOp::Eq) == 1);
    CHECK(object_richcompare_bool(fb, b, CompareOp::Eq) == 1);
    CHECK(object_richcompare_bool(a, fb, CompareOp::Ne) == 1);
    Object* l = ints({1, 2});
    CHECK(object_richcompare_bool(a, l, CompareOp::Eq) == 0);
    CHECK(repr_steal(call_m(a, "issubset", {l})) == "True");
    CHECK(repr_steal(call_m(b, "issuperset", {l})) == "True");
    CHECK(repr_steal(call_m(a, "isdisjoint", {l})) == "False");
    decref(l);
    l = ints({7, 8});
    CHECK(repr_steal(call_m(a, "isdisjoint", {l})) == "True");
    decref(l);
    Object* two = I(2);
    CHECK(set_contains(a, two) == 1);
    CHECK(object_contains(fb, two) == 1);
    Object* lst = list_new(0);
    CHECK(object_contains(a, lst) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");
    decref(lst);
    decref(two);
    CHECK(object_hash(a) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'set'");
    decref(a);
    decref(b);
    decref(fb);
  }
  CHECK(live_objects == before);
}

TEST_CASE("set: pop, remove, errors, repr forms, iteration") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* r = range_of(0, 5, 1);
    Object* s = set_new(r);
    decref(r);
    std::string popped;
    for (int i = 0; i < 5; i++) popped += repr_steal(call_m(s, "pop")) + " ";
    CHECK(popped == "0 1 2 3 4 ");
    CHECK(call_m(s, "pop") == nullptr);
    CHECK(take_error() == "KeyError: 'pop from an empty set'");
    CHECK(repr_of(s) == "set()");

    Object* t = set_of({1, 2, 3, 9, 17, 33, 65});
    CHECK(repr_steal(call_m(t, "pop")) == "1");
    CHECK(repr_steal(call_m(t, "pop")) == "2");
    CHECK(repr_of(t) == "{3, 33, 65, 9, 17}");
    Object* k = I(99);
    CHECK(call_m(t, "remove", {k}) == nullptr);
    CHECK(take_error() == "KeyError: 99");
    CHECK(done(call_m(t, "discard", {k})) == "None");
    decref(k);
    Object* tup = tuple_pack2(None, None);
    CHECK(call_m(t, "remove", {tup}) == nullptr);
    CHECK(take_error() == "KeyError: (None, None)");
    decref(tup);

    // Mutation while iterating.
    Object* it = object_iter(t);
    Object* first = iter_next(it);
    REQUIRE(first != nullptr);
    Object* k100 = I(100);
    set_add(t, k100);
    CHECK(iter_next(it) == nullptr);
    CHECK(take_error() == "RuntimeError: Set changed size during iteration");
    decref(k100);
    decref(first);
    decref(it);

    it = object_iter(t);
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "6");
    decref(iter_next(it));
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "5");
    decref(it);

    Object* f = set_of({}, true);
    CHECK(repr_of(f) == "frozenset()");
    Object* f2 = set_of({2, 1}, true);
    CHECK(repr_of(f2) == "frozenset({1, 2})");
    Object* f3 = frozenset_new(f2);
    CHECK(f3 == f2);  // frozenset(f) is f
    Object* c = call_m(f2, "copy");
    CHECK(c == f2);
    decref(c);
    // The copy is sized for its contents, so its order may differ (CPython's too).
    CHECK(repr_of(t) == "{3, 33, 65, 100, 9, 17}");
    c = call_m(t, "copy");
    CHECK(c != t);
    CHECK(repr_steal(c) == "{33, 65, 3, 100, 17, 9}");
    CHECK(done(call_m(t, "clear")) == "None");
    CHECK(repr_of(t) == "set()");
    decref(f3);
    decref(f2);
    decref(f);
    decref(t);
    decref(s);
  }
  CHECK(live_objects == before);
}

TEST_CASE("set: traverse visits each key once, also after deletions; clear empties") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* s = set_new(nullptr);
    for (int64_t i = 0; i < 40; i++) {
      Object *a = I(i), *b = I(i * 1000);
      Object* t = tuple_pack2(a, b);
      set_add(s, t);
      if (i % 3 == 0) set_discard(s, t);
      decref(t);
      decref(a);
      decref(b);
    }
    int visits = 0;
    type_of(s)->traverse(
        s, [](Object* o, void* arg) { ++*static_cast<int*>(arg); return is_tuple(o) ? 0 : 1; }, &visits);
    CHECK(visits == 26);
    CHECK(set_size(s) == 26);
    type_of(s)->clear(s);
    CHECK(set_size(s) == 0);
    CHECK(repr_of(s) == "set()");
    decref(s);
  }
  CHECK(live_objects == before);
}
