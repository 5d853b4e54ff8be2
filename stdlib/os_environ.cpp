/*
 * os_environ.cpp — os.environ and getenv/putenv/unsetenv.
 *
 * os.environ is an `os._Environ`: a mapping of str to str over a dict
 * snapshot of the process environment taken at import, whose writes go
 * through to the process (setenv/unsetenv) so that child processes see
 * them — CPython's os._Environ, natively.  putenv() and unsetenv() change
 * the process environment only, not os.environ, as in CPython.  Keys and
 * values are decoded and encoded as UTF-8 with surrogateescape.
 */
#include <cstdlib>
#include <cstring>

#include "stdlib/os_impl.h"
#include "stdlib/posix_util.h"
#include "stdlib/pyargs.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/container_util.h"
#include "vm/types/dict.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

extern char** environ;

namespace frost {

namespace {

struct EnvironObject : Object {
  Object* data;  // dict str -> str
};

TypeObject EnvironType;

Object* env_data(Object* self) { return static_cast<EnvironObject*>(self)->data; }

// CPython's encodekey/encodevalue: only str is accepted.
bool check_str(Object* o) {
  if (is_str(o)) return true;
  raise(&exc::TypeError, "str expected, not %s", type_name(o));
  return false;
}

// setenv(key, value) with CPython's putenv checks; -1 with an exception.
int set_process_env(Object* key, Object* value) {
  const char *k, *v;
  if (!arg_c_text(key, &k) || !arg_c_text(value, &v)) return -1;
  // An empty name is left to setenv, which answers EINVAL (OSError).
  if (strchr(k, '=')) {
    raise(&exc::ValueError, "illegal environment variable name");
    return -1;
  }
  if (setenv(k, v, 1) < 0) {
    raise_from_errno(errno);
    return -1;
  }
  return 0;
}

int unset_process_env(Object* key) {
  const char* k;
  if (!arg_c_text(key, &k)) return -1;
  if (unsetenv(k) < 0) {
    raise_from_errno(errno);
    return -1;
  }
  return 0;
}

void environ_dealloc(Object* self) {
  clearref(&static_cast<EnvironObject*>(self)->data);
  object_free(self);
}

int environ_traverse(Object* self, VisitFn visit, void* arg) {
  Object* d = env_data(self);
  return d ? visit(d, arg) : 0;
}

int environ_clear_slot(Object* self) {
  clearref(&static_cast<EnvironObject*>(self)->data);
  return 0;
}

Object* environ_getitem(Object* self, Object* key) {
  if (!check_str(key)) return nullptr;
  Object* v = dict_get(env_data(self), key);
  if (v) return newref(v);
  if (!error_occurred()) raise_with(&exc::KeyError, key);
  return nullptr;
}

int environ_setitem(Object* self, Object* key, Object* value) {
  if (!check_str(key)) return -1;
  if (value) {
    if (!check_str(value) || set_process_env(key, value) < 0) return -1;
    return dict_set(env_data(self), key, value);
  }
  if (unset_process_env(key) < 0) return -1;
  int r = dict_del(env_data(self), key);
  if (r == 0) raise_with(&exc::KeyError, key);
  return r > 0 ? 0 : -1;
}

intptr_t environ_len(Object* self) { return dict_size(env_data(self)); }

int environ_contains(Object* self, Object* key) {
  if (!check_str(key)) return -1;
  return dict_contains(env_data(self), key);
}

Object* environ_iter(Object* self) { return object_iter(env_data(self)); }

Object* environ_repr(Object* self) {
  Object* r = object_repr(env_data(self));
  if (!r) return nullptr;
  Object* out = str_format_c("environ(%s)", str_data(r));
  decref(r);
  return out;
}

Object* environ_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("get", nargs, kwnames, 1, 2)) return nullptr;
  if (!check_str(args[0])) return nullptr;
  Object* v = dict_get(env_data(self), args[0]);
  if (v) return newref(v);
  if (error_occurred()) return nullptr;
  return newref(nargs == 2 ? args[1] : None);
}

Object* environ_view(Object* self, size_t nargs, Object* kwnames, const char* fname, TypeObject* type) {
  if (!check_args(fname, nargs, kwnames, 0, 0)) return nullptr;
  return dict_view_new(env_data(self), type);
}

Object* environ_keys(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return environ_view(self, nargs, kwnames, "keys", &DictKeysType);
}

Object* environ_values(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return environ_view(self, nargs, kwnames, "values", &DictValuesType);
}

Object* environ_items(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return environ_view(self, nargs, kwnames, "items", &DictItemsType);
}

Object* environ_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("copy", nargs, kwnames, 0, 0)) return nullptr;
  return dict_copy(env_data(self));
}

Object* environ_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pop", nargs, kwnames, 1, 2)) return nullptr;
  if (!check_str(args[0])) return nullptr;
  Object* v = dict_get(env_data(self), args[0]);
  if (!v) {
    if (error_occurred()) return nullptr;
    if (nargs == 2) return newref(args[1]);
    return raise_with(&exc::KeyError, args[0]);
  }
  incref(v);
  if (environ_setitem(self, args[0], nullptr) < 0) {
    decref(v);
    return nullptr;
  }
  return v;
}

Object* environ_setdefault(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setdefault", nargs, kwnames, 2, 2)) return nullptr;
  if (!check_str(args[0])) return nullptr;
  Object* v = dict_get(env_data(self), args[0]);
  if (v) return newref(v);
  if (error_occurred() || environ_setitem(self, args[0], args[1]) < 0) return nullptr;
  return newref(args[1]);
}

// update(other=(), /, **kwds): each pair through __setitem__.
Object* environ_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs > 1) return raise(&exc::TypeError, "update expected at most 1 argument, got %zu", nargs);
  Object* pairs = dict_new();
  if (!pairs) return nullptr;
  if (nargs == 1 && dict_update(pairs, args[0]) < 0) {
    decref(pairs);
    return nullptr;
  }
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  for (size_t i = 0; i < nkw; i++) {
    if (dict_set(pairs, tuple_get(kwnames, static_cast<intptr_t>(i)), args[nargs + i]) < 0) {
      decref(pairs);
      return nullptr;
    }
  }
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(pairs, &pos, &k, &v)) {
    if (environ_setitem(self, k, v) < 0) {
      decref(pairs);
      return nullptr;
    }
  }
  decref(pairs);
  return None;
}

Object* environ_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("clear", nargs, kwnames, 0, 0)) return nullptr;
  Object* keys = dict_keys_list(env_data(self));
  if (!keys) return nullptr;
  Object* r = None;
  for (intptr_t i = 0; i < list_size(keys); i++) {
    if (environ_setitem(self, list_get(keys, i), nullptr) < 0) {
      r = nullptr;
      break;
    }
  }
  decref(keys);
  return r;
}

MethodDef environ_methods[] = {
    {"get", environ_get, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", environ_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", environ_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", environ_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", environ_copy, 0, "copy($self, /)\n--\n\nReturn a dict copy of the environment."},
    {"pop", environ_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"setdefault", environ_setdefault, 0, "D.setdefault(k,d) -> D.get(k,d), also set D[k]=d if k not in D"},
    {"update", environ_update, 0, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"clear", environ_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {nullptr},
};

// ---- getenv, putenv, unsetenv -------------------------------------------------------------------------

Object* os_getenv(Object* module, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"key", "default", nullptr};
  Object* a[2] = {};
  if (!bind_py_args("getenv", args, nargs, kwnames, kw, 2, 1, a)) return nullptr;
  Object* env = object_getattr_cstr(module, "environ");
  if (!env) return nullptr;
  // environ.get(key, default), as CPython's os.getenv (a guest may have
  // replaced os.environ).
  Object* pass[2] = {a[0], a[1] ? a[1] : None};
  Object* r = type_of(env) == &EnvironType ? environ_get(env, pass, 2, nullptr)
                                           : call_method_cstr(env, "get", pass, 2);
  decref(env);
  return r;
}

// A name or value argument of putenv/unsetenv (CPython's FSConverter).
bool env_text_arg(Object* o, Object** owned) {
  *owned = os_fspath(o);
  return *owned != nullptr;
}

Object* os_putenv(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("putenv", nargs, kwnames, 2, 2)) return nullptr;
  Object *name, *value;
  if (!env_text_arg(args[0], &name)) return nullptr;
  if (!env_text_arg(args[1], &value)) {
    decref(name);
    return nullptr;
  }
  int rc = set_process_env(name, value);
  decref(name);
  decref(value);
  return rc < 0 ? nullptr : None;
}

Object* os_unsetenv(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("unsetenv", nargs, kwnames, 1, 1)) return nullptr;
  Object* name;
  if (!env_text_arg(args[0], &name)) return nullptr;
  int rc = unset_process_env(name);
  decref(name);
  return rc < 0 ? nullptr : None;
}

// The process environment as a dict (the first of duplicate names wins).
Object* environ_snapshot() {
  Object* d = dict_new();
  for (char** e = environ; d && e && *e; e++) {
    const char* eq = strchr(*e, '=');
    if (!eq) continue;
    Object* k = str_decode_utf8(*e, static_cast<size_t>(eq - *e), "surrogateescape");
    Object* v = str_decode_utf8(eq + 1, strlen(eq + 1), "surrogateescape");
    int has = k ? dict_contains(d, k) : -1;
    if (!k || !v || has < 0 || (!has && dict_set(d, k, v) < 0)) clearref(&d);
    xdecref(k);
    xdecref(v);
  }
  return d;
}

}  // namespace

MethodDef os_environ_methods[] = {
    {"getenv", os_getenv, 0,
     "getenv(key, default=None)\n\nGet an environment variable, return None if it doesn't exist.\n"
     "The optional second argument can specify an alternate default."},
    {"putenv", os_putenv, 0, "putenv($module, name, value, /)\n--\n\nChange or add an environment variable."},
    {"unsetenv", os_unsetenv, 0, "unsetenv($module, name, /)\n--\n\nDelete an environment variable."},
    {nullptr},
};

int os_environ_exec(Object* m) {
  if (!type_has_flag(&EnvironType, kReady)) {
    EnvironType.name = "os._Environ";
    EnvironType.basicsize = sizeof(EnvironObject);
    EnvironType.flags = kHaveGC;
    EnvironType.doc = "The process environment: a mapping of str to str whose changes reach the process.";
    EnvironType.dealloc = environ_dealloc;
    EnvironType.traverse = environ_traverse;
    EnvironType.clear = environ_clear_slot;
    EnvironType.repr = environ_repr;
    EnvironType.hash = hash_unhashable;
    EnvironType.getitem = environ_getitem;
    EnvironType.setitem = environ_setitem;
    EnvironType.len = environ_len;
    EnvironType.contains = environ_contains;
    EnvironType.iter = environ_iter;
    EnvironType.methods = environ_methods;
    if (type_ready(&EnvironType) < 0) return -1;
  }
  Object* data = environ_snapshot();
  if (!data) return -1;
  auto* env = static_cast<EnvironObject*>(gc_alloc(&EnvironType, sizeof(EnvironObject)));
  if (!env) {
    decref(data);
    return -1;
  }
  env->data = data;
  int rc = module_add(m, "environ", env);
  decref(env);
  return rc;
}

}  // namespace frost
