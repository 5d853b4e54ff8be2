// Helpers shared by the container unit tests (test_tuple_list.cpp,
// test_dict.cpp, test_set.cpp): building ints, strs and lists, calling
// methods, reading reprs and taking the current exception as text.  Every
// helper returning Object* returns a new reference.
#pragma once

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost::testing {

// "KeyError: 'x'" for the current exception, which is cleared.
inline std::string take_error() {
  Object* e = error_fetch();
  if (!e) return "<no exception>";
  std::string out = type_name(e);
  if (Object* s = object_str(e)) {
    out += ": ";
    out += str_view(s);
    decref(s);
  } else {
    error_clear();
  }
  decref(e);
  return out;
}

inline Object* I(int64_t v) { return int_from_i64(v); }
inline Object* S(const char* s) { return str_from_cstr(s); }

// A list of new ints.
inline Object* ints(std::initializer_list<int64_t> values) {
  Object* l = list_new(0);
  for (int64_t v : values) {
    Object* i = I(v);
    list_append(l, i);
    decref(i);
  }
  return l;
}

// repr(o) as text (o borrowed); the error text if repr raised.
inline std::string repr_of(Object* o) {
  Object* r = object_repr(o);
  if (!r) return take_error();
  std::string out(str_view(r));
  decref(r);
  return out;
}

// repr(o), then o released: for results of calls.
inline std::string repr_steal(Object* o) {
  if (!o) return take_error();
  std::string out = repr_of(o);
  decref(o);
  return out;
}

// o.name(*args) (arguments borrowed).
inline Object* call_m(Object* o, const char* name, std::initializer_list<Object*> args = {}) {
  std::vector<Object*> a(args);
  return call_method_cstr(o, name, a.data(), a.size());
}

// o.name(*args, **{kw: value}) for keyword arguments.
inline Object* call_kw(Object* o, const char* name, std::initializer_list<Object*> args,
                       std::initializer_list<std::pair<const char*, Object*>> kwargs) {
  std::vector<Object*> a(args);
  Object* kwnames = tuple_new(static_cast<intptr_t>(kwargs.size()));
  intptr_t i = 0;
  for (auto& [k, v] : kwargs) {
    tuple_set(kwnames, i++, str_intern(k));
    a.push_back(v);
  }
  Object* r = call_method(o, str_intern(name), a.data(), args.size(), kwnames);
  decref(kwnames);
  return r;
}

// The result of a call that returns None, as text ("None" or the error).
inline std::string done(Object* r) { return repr_steal(r); }

inline int64_t as_i64(Object* o) {
  REQUIRE(o != nullptr);
  REQUIRE(is_int(o));
  int64_t v = 0;
  CHECK(int_as_i64(o, &v));
  return v;
}

}  // namespace frost::testing
