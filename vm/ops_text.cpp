/*
 * ops_text.cpp — repr(), str(), ascii() and format() of any object.
 *
 * repr and str call the type's slot (str falls back to repr, as
 * object.__str__ does) and insist on a str result.  Recursive structures are
 * the containers' business (list repr prints `[...]` for itself); this file
 * only bounds the C-stack depth of nested reprs (vm/ops_internal.h).
 * ascii() is repr() with every non-ASCII code point escaped (str_ascii).
 * format() calls `__format__` through the method protocol, with CPython's
 * shortcut for an empty spec on exact str and int.
 */
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/slots.h"
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

Object* object_ascii(Object* o) {
  Object* r = object_repr(o);
  if (!r || static_cast<StrObject*>(r)->ascii) return r;
  Object* escaped = str_ascii(r);
  decref(r);
  return escaped;
}

Object* object_format(Object* value, Object* spec) {
  if (str_size(spec) == 0) {
    if (is_exact_str(value)) return newref(value);
    if (is_exact_int(value)) return object_str(value);
  }
  // Looked up on the type, as every special method: format(int) formats the
  // class object, not int.__format__ unbound.
  Object* r = call_special(value, names::__format__, &spec, 1);
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "__format__ must return a str, not %s", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

}  // namespace frost
