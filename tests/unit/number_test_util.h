// Helpers shared by test_int.cpp and test_float.cpp: building operands from
// the text notation of the generated tables (gen_number_cases.py), and
// rendering a result as CPython's repr or "ExceptionName: message".
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace number_test {

using namespace frost;
using namespace std::literals;

struct BinopCase {
  std::string_view a;
  BinOp op;
  std::string_view b;
  std::string_view expected;
};
struct PairCase {
  std::string_view a, b;
};
struct CompareCase {
  std::string_view a, b, expected;  // expected: a<b, a==b, a>b as "TFF"
};
struct ParseCase {
  std::string_view text;
  int base;
  std::string_view expected;
};
struct FormatCase {
  std::string_view value, spec, expected;
};

// "TypeName: message" of the current exception, which is cleared.
inline std::string take_error() {
  Object* e = error_fetch();
  if (!e) return "<no exception>";
  std::string out = type_name(e);
  Object* s = object_str(e);
  if (s) {
    if (str_size(s) > 0) {
      out += ": ";
      out += str_view(s);
    }
    decref(s);
  } else {
    error_clear();
  }
  decref(e);
  return out;
}

// repr(r), or the exception when r is null; releases r.
inline std::string show(Object* r) {
  if (!r) return take_error();
  Object* s = object_repr(r);
  decref(r);
  if (!s) return take_error();
  std::string out(str_view(s));
  decref(s);
  return out;
}

// An operand from "i:123", "f:0.1", "b:True" or "p:10**400" (new reference).
inline Object* make(std::string_view enc) {
  std::string_view v = enc.substr(2);
  Object* r = nullptr;
  switch (enc[0]) {
    case 'i': r = int_from_string(v.data(), v.size(), 10); break;
    case 'f': r = float_from_string(v.data(), v.size()); break;
    case 'b': r = bool_from(v == "True"); break;
    case 'p': {
      bool negative = v[0] == '-';
      std::string_view e = v.substr(v.find("**") + 2);
      Object* ten = int_from_i64(10);
      Object* k = int_from_string(e.data(), e.size(), 10);
      r = binary_op(ten, k, BinOp::Pow);
      decref(ten);
      decref(k);
      if (negative) {
        Object* n = unary_op(r, UnaryOp::Neg);
        decref(r);
        r = n;
      }
      break;
    }
  }
  REQUIRE_MESSAGE(r != nullptr, "cannot build operand ", std::string(enc));
  return r;
}

inline Object* S(std::string_view s) { return str_from_utf8(s.data(), s.size()); }

// repr(format(value, spec)) or "Exception: message".
inline std::string format_text(Object* value, std::string_view spec) {
  Object* sp = S(spec);
  Object* r = object_format(value, sp);
  decref(sp);
  return show(r);
}

// o.name(*args) with borrowed arguments; the result as show() renders it.
inline std::string call_method_text(Object* o, const char* name, std::initializer_list<Object*> args) {
  return show(call_method_cstr(o, name, args.begin(), args.size()));
}

}  // namespace number_test
