/*
 * ops_text.cpp — repr(), str(), ascii() and format() of any object.
 *
 * repr and str call the type's slot (str falls back to repr, as
 * object.__str__ does) and insist on a str result.  Recursive structures are
 * the containers' business (list repr prints `[...]` for itself); this file
 * only bounds the C-stack depth of nested reprs (vm/ops_internal.h).
 * ascii() is repr() with every non-ASCII code point escaped as \xNN, \uNNNN
 * or \UNNNNNNNN.  format() calls `__format__` through the method protocol,
 * with CPython's shortcut for an empty spec on exact str and int.
 */
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

// Checks that a repr/str slot returned a str; `what` names the dunder.
static Object* check_str_result(Object* r, const char* what) {
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "%s returned non-string (type %s)", what, type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

static Object* default_repr(Object* o) { return str_format_c("<%s object at %p>", type_name(o), static_cast<void*>(o)); }

Object* object_repr(Object* o) {
  ReprFn f = type_of(o)->repr;
  if (!f) return default_repr(o);
  if (!enter_recursion(" while getting the repr of an object")) return nullptr;
  Object* r = f(o);
  leave_recursion();
  return check_str_result(r, "__repr__");
}

Object* object_str(Object* o) {
  if (is_exact_str(o)) return newref(o);
  ReprFn f = type_of(o)->str;
  if (!f) return object_repr(o);
  if (!enter_recursion(" while getting the str of an object")) return nullptr;
  Object* r = f(o);
  leave_recursion();
  return check_str_result(r, "__str__");
}

// Decodes one code point of valid UTF-8 at `p`, advancing it.
static uint32_t next_code_point(const unsigned char*& p) {
  uint32_t c = *p++;
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  c &= 0x3F >> extra;
  while (extra--) c = (c << 6) | (*p++ & 0x3F);
  return c;
}

Object* object_ascii(Object* o) {
  Object* r = object_repr(o);
  if (!r || static_cast<StrObject*>(r)->ascii) return r;
  std::string out;
  out.reserve(static_cast<size_t>(str_size(r)) + 16);
  auto p = reinterpret_cast<const unsigned char*>(str_data(r));
  auto end = p + str_size(r);
  static const char hex[] = "0123456789abcdef";
  while (p < end) {
    uint32_t c = next_code_point(p);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    out += '\\';
    out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xF];
  }
  decref(r);
  return str_from(out);
}

Object* object_format(Object* value, Object* spec) {
  if (str_size(spec) == 0) {
    if (is_exact_str(value)) return newref(value);
    if (is_exact_int(value)) return object_str(value);
  }
  Object* r = call_method(value, names::__format__, &spec, 1);
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "__format__ must return a str, not %s", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

}  // namespace frost
