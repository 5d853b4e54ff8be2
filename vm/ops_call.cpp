/*
 * ops_call.cpp — calling any object, and binding the arguments of native
 * functions.
 *
 * Calls use the vector convention of vm/type.h: args[0..nargs) positional,
 * then one value per name of `kwnames`.  call() dispatches on the `call`
 * slot; the recursion-depth check belongs to the eval loop.  call_method()
 * asks object_get_method for an unbound function so that `o.m(x)` costs no
 * bound-method allocation: the receiver is prepended to the arguments in a
 * stack buffer.
 *
 * parse_args reproduces the messages of CPython's argument clinic
 * (_PyArg_UnpackKeywords), and check_args those of METH_O / METH_NOARGS /
 * _PyArg_CheckPositional, so that `len()`, `sorted(1, 2)` or
 * `enumerate(foo=1)` fail with CPython's words.
 */
#include <cstring>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/dict.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

Object* call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
  CallFn f = type_of(callable)->call;
  if (!f) return raise(&exc::TypeError, "'%s' object is not callable", type_name(callable));
  return f(callable, args, nargs, kwnames);
}

bool is_callable(Object* o) { return type_of(o)->call != nullptr; }

static size_t kw_count(Object* kwnames) { return kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0; }

Object* call_tuple_dict(Object* f, Object* args_tuple, Object* kwargs_dict) {
  size_t nargs = args_tuple ? static_cast<size_t>(tuple_size(args_tuple)) : 0;
  Object* const* positional = args_tuple ? tuple_items(args_tuple) : nullptr;
  if (!kwargs_dict || dict_size(kwargs_dict) == 0) return call(f, positional, nargs);
  size_t nkw = static_cast<size_t>(dict_size(kwargs_dict));
  ArgBuffer buf(nargs + nkw);
  if (!buf.items()) return raise_no_memory();
  Object* kwnames = tuple_new(static_cast<intptr_t>(nkw));
  if (!kwnames) return nullptr;
  if (nargs) std::memcpy(buf.items(), positional, nargs * sizeof(Object*));
  intptr_t pos = 0;
  size_t i = 0;
  Object *key, *value;
  while (dict_next(kwargs_dict, &pos, &key, &value)) {
    if (!is_str(key)) {
      for (size_t j = i; j < nkw; ++j) tuple_set(kwnames, static_cast<intptr_t>(j), newref(None));
      decref(kwnames);
      return raise(&exc::TypeError, "keywords must be strings");
    }
    tuple_set(kwnames, static_cast<intptr_t>(i), newref(key));
    buf.items()[nargs + i] = value;
    ++i;
  }
  Object* r = call(f, buf.items(), nargs, kwnames);
  decref(kwnames);
  return r;
}

Object* call_method(Object* o, Object* name, Object* const* args, size_t nargs, Object* kwnames) {
  bool is_method = false;
  Object* f = object_get_method(o, name, &is_method);
  if (!f) return nullptr;
  Object* r;
  if (!is_method) {
    r = call(f, args, nargs, kwnames);
  } else {
    size_t total = nargs + kw_count(kwnames);
    ArgBuffer buf(total + 1);
    if (!buf.items()) {
      decref(f);
      return raise_no_memory();
    }
    buf.items()[0] = o;
    if (total) std::memcpy(buf.items() + 1, args, total * sizeof(Object*));
    r = call(f, buf.items(), nargs + 1, kwnames);
  }
  decref(f);
  return r;
}

Object* call_method_cstr(Object* o, const char* name, Object* const* args, size_t nargs) {
  Object* n = str_intern(name);
  if (!n) return nullptr;
  return call_method(o, n, args, nargs);
}

// ---- argument checking ---------------------------------------------------------------

bool check_args(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max) {
  if (kw_count(kwnames)) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (max == 0)
      raise(&exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (max == 1)
      raise(&exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else
      raise(&exc::TypeError, "%s expected %zu arguments, got %zu", fname, max, nargs);
  } else if (nargs < min) {
    raise(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  } else {
    raise(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
  }
  return false;
}

// The index in names[from..count) of the keyword `kw`, or -1.
static intptr_t find_keyword(Object* kw, const char* const* names, size_t from, size_t count) {
  std::string_view k = str_view(kw);
  for (size_t i = from; i < count; ++i) {
    if (k == names[i]) return static_cast<intptr_t>(i);
  }
  return -1;
}

bool parse_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                const char* const* names, size_t nrequired, Object** out, size_t npositional_only) {
  size_t maxargs = 0;
  while (names[maxargs]) ++maxargs;
  size_t nkw = kw_count(kwnames);
  if (nkw == 0 && nargs >= nrequired && nargs <= maxargs) {  // the common case
    for (size_t i = 0; i < maxargs; ++i) out[i] = i < nargs ? args[i] : nullptr;
    return true;
  }
  if (nargs + nkw > maxargs) {
    // "keyword " when nargs == 0, as CPython (bpo-31229).
    raise(&exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, maxargs,
          nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  size_t min_positional = nrequired < npositional_only ? nrequired : npositional_only;
  if (nargs < min_positional) {
    raise(&exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
          min_positional < maxargs ? "at least" : "exactly", min_positional, min_positional == 1 ? "" : "s",
          nargs);
    return false;
  }
  for (size_t i = 0; i < maxargs; ++i) out[i] = i < nargs ? args[i] : nullptr;
  // Bind keywords to the parameters not filled by position; the duplicates
  // and unknown names are reported after the missing ones, as CPython does.
  bool stray = false;
  for (size_t k = 0; k < nkw; ++k) {
    intptr_t i = find_keyword(tuple_get(kwnames, static_cast<intptr_t>(k)), names, npositional_only, maxargs);
    if (i >= static_cast<intptr_t>(nargs)) {
      out[i] = args[nargs + k];
    } else {
      stray = true;
    }
  }
  for (size_t i = nargs; i < nrequired; ++i) {
    if (!out[i]) {  // a keyword-capable parameter: positional-only ones were checked above
      raise(&exc::TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
      return false;
    }
  }
  if (stray) {
    for (size_t k = 0; k < nkw; ++k) {
      Object* kw = tuple_get(kwnames, static_cast<intptr_t>(k));
      intptr_t i = find_keyword(kw, names, npositional_only, maxargs);
      if (i >= 0 && i < static_cast<intptr_t>(nargs)) {
        raise(&exc::TypeError, "argument for %s() given by name ('%s') and position (%zd)", fname,
              names[i], i + 1);
        return false;
      }
    }
    for (size_t k = 0; k < nkw; ++k) {
      Object* kw = tuple_get(kwnames, static_cast<intptr_t>(k));
      if (find_keyword(kw, names, npositional_only, maxargs) < 0) {
        raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", str_data(kw), fname);
        return false;
      }
    }
  }
  return true;
}

}  // namespace frost
