/*
 * weakref_native.cpp — the `_weakref` module: the native half of `weakref`
 * (stdlib/weakref.py builds the containers and `finalize` on it).
 *
 * It exposes the three types of vm/weakref.cpp (`ref` is ReferenceType),
 * `proxy`, `getweakrefcount`, `getweakrefs`, and `_remove_dead_weakref`,
 * with CPython 3.11's signatures and messages.
 */
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost {

namespace {

Object* wr_getweakrefcount(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("_weakref.getweakrefcount", nargs, kwnames, 1, 1)) return nullptr;
  return int_from_i64(weakref_count(args[0]));
}

Object* wr_getweakrefs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("_weakref.getweakrefs", nargs, kwnames, 1, 1)) return nullptr;
  Object* out = list_new(0);
  if (!out) return nullptr;
  WeakRefObject** list = weaklist_of(args[0]);
  for (WeakRefObject* wr = list ? *list : nullptr; wr; wr = wr->next) {
    if (list_append(out, wr) < 0) {
      decref(out);
      return nullptr;
    }
  }
  return out;
}

Object* wr_proxy(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "_weakref.proxy() takes no keyword arguments");
  if (nargs < 1) return raise(&exc::TypeError, "proxy expected at least 1 argument, got %zu", nargs);
  if (nargs > 2) return raise(&exc::TypeError, "proxy expected at most 2 arguments, got %zu", nargs);
  return weakproxy_new(args[0], nargs == 2 ? args[1] : nullptr);
}

// _remove_dead_weakref(dct, key): del dct[key] if it is (still) a dead weak reference
// (WeakValueDictionary's callbacks race with reassignment).
Object* wr_remove_dead_weakref(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("_remove_dead_weakref", nargs, kwnames, 2, 2)) return nullptr;
  if (!is_dict(args[0]))
    return raise(&exc::TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", type_name(args[0]));
  Object* v = dict_get(args[0], args[1]);
  if (!v) return error_occurred() ? nullptr : None;
  if (is_weakref(v) && !static_cast<WeakRefObject*>(v)->object && dict_del(args[0], args[1]) < 0) return nullptr;
  return None;
}

MethodDef weakref_methods[] = {
    {"getweakrefcount", wr_getweakrefcount, 0,
     "getweakrefcount($module, object, /)\n--\n\nReturn the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, 0,
     "getweakrefs($module, object, /)\n--\n\nReturn a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, 0,
     "proxy($module, object, callback=None, /)\n--\n\nCreate a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", wr_remove_dead_weakref, 0,
     "_remove_dead_weakref($module, dct, key, /)\n--\n\nAtomically remove key from dict if it points to a dead weakref."},
    {nullptr},
};

int weakref_exec(Object* m) {
  weakref_types_init();
  if (module_add(m, "ref", &RefType) < 0 || module_add(m, "ReferenceType", &RefType) < 0 ||
      module_add(m, "ProxyType", &ProxyType) < 0 || module_add(m, "CallableProxyType", &CallableProxyType) < 0)
    return -1;
  return 0;
}

ModuleDef weakref_def = {"_weakref", "Weak-reference support module.", weakref_methods, weakref_exec};
ModuleRegistrar registrar(&weakref_def);

}  // namespace

}  // namespace frost
