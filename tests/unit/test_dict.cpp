// Unit tests of dict and its views (vm/types/dict.cpp, dict_views.cpp):
// insertion order through deletions, resizes and popitem, lookups by str,
// versions, the methods and their errors, set operations on views, iterator
// invalidation, __missing__ in a subclass.  Expected values were printed by
// CPython 3.11; every case checks that live_objects returns to its start.
#include <doctest/doctest.h>

#include "tests/unit/container_test_util.h"
#include "vm/descriptors.h"
#include "vm/interpreter.h"
#include "vm/slots.h"
#include "vm/types/dict.h"
#include "vm/types/set.h"

using namespace frost;
using namespace frost::testing;

namespace {

// A dict of int keys mapped to themselves times `factor`.
Object* int_dict(std::initializer_list<int64_t> keys, int64_t factor = 1) {
  Object* d = dict_new();
  for (int64_t k : keys) {
    Object *key = I(k), *value = I(k * factor);
    dict_set(d, key, value);
    decref(key);
    decref(value);
  }
  return d;
}

void set_int(Object* d, int64_t k, int64_t v) {
  Object *key = I(k), *value = I(v);
  CHECK(dict_set(d, key, value) == 0);
  decref(key);
  decref(value);
}

int del_int(Object* d, int64_t k) {
  Object* key = I(k);
  int r = dict_del(d, key);
  decref(key);
  return r;
}

// __missing__ for the subclass test: returns the key it gets (the last
// argument, whether or not the function is bound).
Object* missing_fn(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return newref(args[nargs - 1]);
}
MethodDef missing_def = {"__missing__", missing_fn, 0, nullptr};

}  // namespace

TEST_CASE("dict: insertion order survives deletes, re-inserts, resizes, popitem") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* d = int_dict({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(del_int(d, 3) == 1);
    CHECK(del_int(d, 5) == 1);
    CHECK(del_int(d, 5) == 0);
    set_int(d, 3, 33);
    CHECK(repr_of(d) == "{0: 0, 1: 1, 2: 2, 4: 4, 6: 6, 7: 7, 8: 8, 9: 9, 3: 33}");
    CHECK(repr_steal(dict_keys_list(d)) == "[0, 1, 2, 4, 6, 7, 8, 9, 3]");
    decref(d);

    d = dict_new();
    for (int64_t i = 0; i < 1000; i++) set_int(d, i, i * i);
    for (int64_t i = 0; i < 1000; i += 2) CHECK(del_int(d, i) == 1);
    for (int64_t i = 0; i < 1000; i += 4) set_int(d, i, -i);
    CHECK(dict_size(d) == 750);
    Object* keys = dict_keys_list(d);
    CHECK(repr_steal(list_slice(keys, 0, 5)) == "[1, 3, 5, 7, 9]");
    CHECK(repr_steal(list_slice(keys, 745, 750)) == "[980, 984, 988, 992, 996]");
    decref(keys);
    bool all_found = true;
    for (int64_t i = 0; i < 1000; i++) {
      Object* k = I(i);
      Object* v = dict_get(d, k);
      int64_t want = i % 4 == 0 ? -i : i % 2 ? i * i : INT64_MIN;
      all_found = all_found && (want == INT64_MIN ? v == nullptr : v && int_small_value(v) == want);
      decref(k);
    }
    CHECK(all_found);
    CHECK(!error_occurred());
    CHECK(repr_steal(call_m(d, "popitem")) == "(996, -996)");
    CHECK(repr_steal(call_m(d, "popitem")) == "(992, -992)");
    keys = dict_keys_list(d);
    CHECK(repr_steal(list_slice(keys, 745, 748)) == "[980, 984, 988]");
    decref(keys);
    set_int(d, 5000, 1);  // reuses the popped entries' room
    keys = dict_keys_list(d);
    CHECK(repr_steal(list_slice(keys, 746, 749)) == "[984, 988, 5000]");
    decref(keys);
    dict_clear(d);
    CHECK(repr_of(d) == "{}");
    CHECK(call_m(d, "popitem") == nullptr);
    CHECK(take_error() == "KeyError: 'popitem(): dictionary is empty'");
    set_int(d, 1, 1);
    CHECK(repr_of(d) == "{1: 1}");
    decref(d);
  }
  CHECK(live_objects == before);
}

TEST_CASE("dict: freed dicts are reused with their small table, empty") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* d = int_dict({1, 2, 3});
    Object* kept = d;
    uint64_t old_version = dict_version(d);
    decref(d);
    CHECK(live_objects == before);
    Object* e = dict_new();
    CHECK(e == kept);
    CHECK(dict_size(e) == 0);
    CHECK(dict_version(e) != old_version);
    CHECK(repr_of(e) == "{}");
    Object* one = I(1);
    CHECK(dict_get(e, one) == nullptr);
    set_int(e, 5, 6);
    CHECK(repr_of(e) == "{5: 6}");
    Object* c = dict_copy(e);  // a reused dict as the target of a clone
    CHECK(repr_of(c) == "{5: 6}");
    decref(c);
    decref(one);
    decref(e);
    dict_clear_freelist();
    CHECK(live_objects == before);
  }
  CHECK(live_objects == before);
}

TEST_CASE("dict: str keys, the str fast path, versions, KeyError") {
  runtime_init();
  str_intern("other");  // interned strings are immortal: make it before counting
  intptr_t before = live_objects;
  {
    Object* d = dict_new();
    uint64_t v0 = dict_version(d);
    Object* name = S("name");  // not interned
    Object* one = I(1);
    CHECK(dict_set(d, name, one) == 0);
    uint64_t v1 = dict_version(d);
    CHECK(v1 != v0);
    CHECK(dict_get_str(d, str_intern("name")) == one);
    CHECK(dict_get_cstr(d, "name") == one);
    CHECK(dict_get_cstr(d, "other") == nullptr);
    CHECK(dict_contains(d, name) == 1);
    CHECK(dict_version(d) == v1);  // reads do not change it
    CHECK(dict_set(d, name, one) == 0);
    CHECK(dict_version(d) == v1);  // same value stored again: nothing changed
    Object* two = I(2);
    CHECK(dict_set_cstr(d, "name", two) == 0);
    CHECK(dict_version(d) != v1);
    CHECK(dict_size(d) == 1);
    CHECK(dict_get_str(d, name) == two);
    Object* other = dict_new();
    CHECK(dict_version(other) != dict_version(d));  // unique across dicts
    decref(other);
    uint64_t v2 = dict_version(d);
    CHECK(dict_del(d, name) == 1);
    CHECK(dict_version(d) != v2);

    Object* k = tuple_pack2(one, two);
    CHECK(object_getitem(d, k) == nullptr);
    Object* e = error_fetch();
    CHECK(repr_of(e) == "KeyError((1, 2))");
    decref(e);
    CHECK(object_delitem(d, k) == -1);
    CHECK(take_error() == "KeyError: (1, 2)");
    Object* l = list_new(0);
    CHECK(dict_set(d, l, one) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");
    CHECK(dict_get(d, l) == nullptr);
    CHECK(take_error() == "TypeError: unhashable type: 'list'");
    // pop on an empty dict raises KeyError before hashing, as CPython.
    CHECK(call_m(d, "pop", {l}) == nullptr);
    CHECK(take_error() == "KeyError: []");
    CHECK(call_m(d, "pop", {l, one}) == one);
    decref(one);
    CHECK(object_hash(d) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'dict'");
    for (Object* o : {d, name, one, two, k, l}) decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("dict: methods") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* d = int_dict({1, 2}, 10);
    Object *one = I(1), *three = I(3), *nine = I(9);
    CHECK(repr_steal(call_m(d, "get", {one})) == "10");
    CHECK(repr_steal(call_m(d, "get", {three})) == "None");
    CHECK(repr_steal(call_m(d, "get", {three, nine})) == "9");
    CHECK(repr_steal(call_m(d, "setdefault", {three, nine})) == "9");
    CHECK(repr_steal(call_m(d, "setdefault", {three, one})) == "9");
    CHECK(repr_steal(call_m(d, "pop", {one})) == "10");
    CHECK(call_m(d, "pop", {one}) == nullptr);
    CHECK(take_error() == "KeyError: 1");
    CHECK(repr_steal(call_m(d, "pop", {one, nine})) == "9");
    CHECK(call_m(d, "get") == nullptr);
    CHECK(take_error() == "TypeError: get expected at least 1 argument, got 0");

    Object* pairs = list_new(0);
    Object* p = tuple_pack2(one, three);
    list_append(pairs, p);
    decref(p);
    Object* ab = S("ab");
    list_append(pairs, ab);
    Object* l34 = ints({3, 4});
    list_append(pairs, l34);
    decref(l34);
    CHECK(done(call_kw(d, "update", {pairs}, {{"z", nine}})) == "None");
    CHECK(repr_of(d) == "{2: 20, 3: 4, 1: 3, 'a': 'b', 'z': 9}");
    CHECK(call_m(d, "update", {pairs, pairs}) == nullptr);
    CHECK(take_error() == "TypeError: update expected at most 1 argument, got 2");
    Object* bad = ints({1, 2, 3});
    Object* bad_pairs = list_new(0);
    list_append(bad_pairs, bad);
    CHECK(call_m(d, "update", {bad_pairs}) == nullptr);
    CHECK(take_error() == "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    Object* ones = ints({1});
    CHECK(call_m(d, "update", {ones}) == nullptr);
    CHECK(take_error() == "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK(call_m(d, "update", {one}) == nullptr);
    CHECK(take_error() == "TypeError: 'int' object is not iterable");

    Object* c = call_m(d, "copy");
    CHECK(c != d);
    CHECK(object_richcompare_bool(c, d, CompareOp::Eq) == 1);
    CHECK(repr_of(c) == repr_of(d));
    set_int(c, 2, 0);
    CHECK(object_richcompare_bool(c, d, CompareOp::Eq) == 0);
    CHECK(object_richcompare_bool(c, d, CompareOp::Ne) == 1);
    CHECK(object_richcompare_bool(c, d, CompareOp::Lt) == -1);
    CHECK(take_error() == "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    Object* e1 = int_dict({1, 3});
    Object* e2 = int_dict({3, 1});
    CHECK(object_richcompare_bool(e1, e2, CompareOp::Eq) == 1);

    // dict(...) through the type: positional mapping plus keywords.
    Object* keys = ints({3, 1, 2});
    Object* fk = call_m(reinterpret_cast<Object*>(&DictType), "fromkeys", {keys});
    CHECK(repr_of(fk) == "{3: None, 1: None, 2: None}");
    Object* zero = I(0);
    Object* fk2 = call_m(reinterpret_cast<Object*>(&DictType), "fromkeys", {ab, zero});
    CHECK(repr_of(fk2) == "{'a': 0, 'b': 0}");
    Object* args[2] = {fk2, one};
    Object* kwnames = tuple_pack(1, str_intern("c"));
    Object* made = call(reinterpret_cast<Object*>(&DictType), args, 1, kwnames);
    CHECK(repr_of(made) == "{'a': 0, 'b': 0, 'c': 1}");
    decref(kwnames);

    // | and |=
    Object* x = binary_op(made, e1, BinOp::Or);
    CHECK(repr_of(x) == "{'a': 0, 'b': 0, 'c': 1, 1: 1, 3: 3}");
    CHECK(binary_op(made, ones, BinOp::Or) == nullptr);
    CHECK(take_error() == "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    Object* r = inplace_op(x, pairs, BinOp::Or);
    CHECK(r == x);
    decref(r);
    CHECK(repr_of(x) == "{'a': 'b', 'b': 0, 'c': 1, 1: 3, 3: 4}");

    // repr of a dict containing itself
    Object* self_ref = dict_new();
    dict_set_cstr(self_ref, "x", self_ref);
    CHECK(repr_of(self_ref) == "{'x': {...}}");
    dict_clear(self_ref);
    decref(self_ref);
    CHECK(done(call_m(d, "clear")) == "None");
    CHECK(dict_size(d) == 0);
    for (Object* o : {d, one, three, nine, pairs, ab, bad, bad_pairs, ones, c, e1, e2, keys, fk,
                      zero, fk2, made, x})
      decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("dict: views, their set operations and comparisons") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* d = dict_new();
    Object *a = S("a"), *one = I(1);
    dict_set(d, a, one);
    Object* keys = call_m(d, "keys");
    Object* values = call_m(d, "values");
    Object* items = call_m(d, "items");
    CHECK(repr_of(keys) == "dict_keys(['a'])");
    CHECK(repr_of(values) == "dict_values([1])");
    CHECK(repr_of(items) == "dict_items([('a', 1)])");
    CHECK(object_len(items) == 1);
    Object* pair = tuple_pack2(a, one);
    CHECK(object_contains(items, pair) == 1);
    CHECK(object_contains(keys, a) == 1);
    CHECK(object_contains(values, one) == 1);
    Object* b = S("b");
    dict_set(d, b, one);  // views are live
    CHECK(repr_of(keys) == "dict_keys(['a', 'b'])");
    CHECK(object_hash(keys) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'dict_keys'");
    decref(pair);
    for (Object* o : {keys, values, items, a, b, one, d}) decref(o);
  }
  {
    Object* empty = dict_new();
    Object* keys = call_m(empty, "keys");
    CHECK(repr_of(keys) == "dict_keys([])");
    decref(keys);
    decref(empty);

    Object* x = int_dict({1, 2, 3});
    Object* y = int_dict({2, 3, 4}, 0);
    Object* xk = call_m(x, "keys");
    Object* yk = call_m(y, "keys");
    CHECK(repr_steal(binary_op(xk, yk, BinOp::And)) == "{2, 3}");
    CHECK(repr_steal(binary_op(xk, yk, BinOp::Or)) == "{1, 2, 3, 4}");
    CHECK(repr_steal(binary_op(xk, yk, BinOp::Sub)) == "{1}");
    CHECK(repr_steal(binary_op(xk, yk, BinOp::Xor)) == "{1, 4}");
    Object* z = int_dict({2, 5});
    Object* xi = call_m(x, "items");
    Object* zi = call_m(z, "items");
    CHECK(repr_steal(binary_op(xi, zi, BinOp::Xor)) == "{(1, 1), (5, 5), (3, 3)}");
    Object* pairs = list_new(0);
    Object *one = I(1), *two = I(2), *three = I(3), *nine = I(9);
    Object* p11 = tuple_pack2(one, one);
    Object* p23 = tuple_pack2(two, three);
    list_append(pairs, p11);
    list_append(pairs, p23);
    CHECK(repr_steal(binary_op(xi, pairs, BinOp::And)) == "{(1, 1)}");
    // The view on the right: the set is built from the left operand.
    Object* s39 = set_new(nullptr);
    set_add(s39, three);
    set_add(s39, nine);
    CHECK(repr_steal(binary_op(s39, xk, BinOp::Sub)) == "{9}");
    Object* s123 = set_new(xk);
    CHECK(object_richcompare_bool(xk, s123, CompareOp::Eq) == 1);
    set_add(s123, nine);
    CHECK(object_richcompare_bool(xk, s123, CompareOp::Lt) == 1);
    CHECK(object_richcompare_bool(s123, xk, CompareOp::Gt) == 1);
    CHECK(object_richcompare_bool(xk, pairs, CompareOp::Eq) == 0);
    Object* items_set = set_new(xi);
    CHECK(object_richcompare_bool(xi, items_set, CompareOp::Eq) == 1);
    CHECK(repr_steal(call_m(xk, "isdisjoint", {s39})) == "False");
    CHECK(repr_steal(call_m(yk, "isdisjoint", {pairs})) == "True");

    Object* rev = call_m(x, "__reversed__");
    CHECK(repr_steal(list_from_iterable(rev)) == "[3, 2, 1]");
    decref(rev);
    Object* small = int_dict({1, 2});
    Object* si = call_m(small, "items");
    rev = call_m(si, "__reversed__");
    CHECK(repr_steal(list_from_iterable(rev)) == "[(2, 2), (1, 1)]");
    decref(rev);
    for (Object* o : {x, y, xk, yk, z, xi, zi, pairs, one, two, three, nine, p11, p23, s39, s123,
                      items_set, small, si})
      decref(o);
  }
  CHECK(live_objects == before);
}

TEST_CASE("dict: iterators and mutation during iteration") {
  runtime_init();
  intptr_t before = live_objects;
  {
    Object* d = int_dict({0, 1, 2});
    Object* it = object_iter(d);
    CHECK(repr_steal(iter_next(it)) == "0");
    CHECK(repr_steal(call_m(it, "__length_hint__")) == "2");
    del_int(d, 0);
    set_int(d, 3, 3);
    CHECK(repr_steal(iter_next(it)) == "1");
    CHECK(repr_steal(iter_next(it)) == "2");
    CHECK(iter_next(it) == nullptr);
    CHECK(take_error() == "RuntimeError: dictionary keys changed during iteration");
    decref(it);

    it = object_iter(d);
    CHECK(repr_steal(iter_next(it)) == "1");
    set_int(d, 5, 5);
    CHECK(iter_next(it) == nullptr);
    CHECK(take_error() == "RuntimeError: dictionary changed size during iteration");
    CHECK(iter_next(it) == nullptr);
    CHECK(take_error() == "RuntimeError: dictionary changed size during iteration");
    decref(it);

    // items() reuses its pair when the consumer has let it go.
    Object* items = call_m(d, "items");
    it = object_iter(items);
    Object* first = iter_next(it);
    CHECK(repr_of(first) == "(1, 1)");
    decref(first);
    Object* second = iter_next(it);
    CHECK(second == first);
    CHECK(repr_of(second) == "(2, 2)");
    Object* third = iter_next(it);  // `second` is still held: a new pair
    CHECK(third != second);
    CHECK(repr_of(third) == "(3, 3)");
    CHECK(repr_of(second) == "(2, 2)");
    decref(second);
    decref(third);
    decref(it);
    Object* values = call_m(d, "values");
    CHECK(repr_steal(list_from_iterable(values)) == "[1, 2, 3, 5]");
    decref(values);
    decref(items);
    decref(d);
  }
  CHECK(live_objects == before);
}

TEST_CASE("dict: a subclass with __missing__, and traverse/clear") {
  runtime_init();
  // The class is made before counting: only its instances are measured.
  Object* ns = dict_new();
  Object* fn = native_function_new(&missing_def, nullptr, nullptr);
  dict_set_cstr(ns, "__missing__", fn);
  decref(fn);
  Object* bases = tuple_pack(1, static_cast<Object*>(&DictType));
  Object* name = S("Defaulting");
  Object* cls = type_new_class(&TypeType, name, bases, ns, nullptr);
  REQUIRE(cls != nullptr);
  decref(name);
  decref(bases);
  decref(ns);
  intptr_t before = live_objects;
  {
    Object* inst = call0(cls);
    REQUIRE(inst != nullptr);
    CHECK(is_dict(inst));
    Object* k = I(42);
    CHECK(repr_steal(object_getitem(inst, k)) == "42");
    CHECK(dict_size(inst) == 0);
    Object* plain = dict_new();
    CHECK(object_getitem(plain, k) == nullptr);
    CHECK(take_error() == "KeyError: 42");
    decref(plain);
    set_int(inst, 1, 2);
    CHECK(repr_of(inst) == "{1: 2}");
    decref(inst);
    decref(k);

    Object* d = int_dict({1, 2, 3});
    del_int(d, 2);
    int visits = 0;
    type_of(d)->traverse(
        d, [](Object*, void* arg) { ++*static_cast<int*>(arg); return 0; }, &visits);
    CHECK(visits == 4);  // two keys and two values
    type_of(d)->clear(d);
    CHECK(dict_size(d) == 0);
    decref(d);
  }
  CHECK(live_objects == before);
  type_of(cls)->clear(cls);
  decref(cls);
}
