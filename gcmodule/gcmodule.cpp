/*
 * gcmodule.cpp — the guest-visible `gc` module, with CPython 3.11's
 * functions, return values and argument errors.
 *
 * set_threshold(0) disables automatic collection independently of enable():
 * the story Instagram relied on — a library calling gc.enable() cannot turn
 * collection back on once the threshold is 0.
 *
 * freeze() moves every tracked container into the permanent generation, which
 * collections never look at (their GC heads and pages are not written);
 * unfreeze() moves them back into the oldest generation.
 */
#include "gcmodule/gc_internal.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

using gc::state;

// CPython's two C-int argument converters: Argument Clinic's (collect,
// set_debug) and PyArg_ParseTuple's "i" (set_threshold), which differ only in
// their overflow messages.  Accepts anything with __index__.
enum class IntConverter { Clinic, ParseTuple };

bool to_c_int(Object* o, int* out, IntConverter conv) {
  Object* v = number_index(o);
  if (!v) return false;
  int64_t x;
  bool ok = int_as_i64(v, &x);
  decref(v);
  if (!ok) {
    if (conv == IntConverter::Clinic) {
      error_clear();
      raise(&exc::OverflowError, "Python int too large to convert to C int");
    }
    return false;
  }
  if (x > INT32_MAX || x < INT32_MIN) {
    if (conv == IntConverter::Clinic) raise(&exc::OverflowError, "Python int too large to convert to C int");
    else raise(&exc::OverflowError, "signed integer is %s", x > 0 ? "greater than maximum" : "less than minimum");
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

Object* gc_enable(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.enable", nargs, kwnames, 0, 0)) return nullptr;
  state.enabled = true;
  return None;
}

Object* gc_disable(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.disable", nargs, kwnames, 0, 0)) return nullptr;
  state.enabled = false;
  return None;
}

Object* gc_isenabled(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.isenabled", nargs, kwnames, 0, 0)) return nullptr;
  return bool_from(state.enabled);
}

Object* gc_collect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"generation", nullptr};
  Object* a[1] = {};
  if (!parse_args("collect", args, nargs, kwnames, kw, 0, a)) return nullptr;
  int gen = gc::kNumGenerations - 1;
  if (a[0] && !to_c_int(a[0], &gen, IntConverter::Clinic)) return nullptr;
  if (gen < 0 || gen >= gc::kNumGenerations) return raise(&exc::ValueError, "invalid generation");
  if (state.collecting) return int_from_i64(0);
  return int_from_i64(gc::collect_with_callbacks(gen));
}

Object* gc_get_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.get_count", nargs, kwnames, 0, 0)) return nullptr;
  Object* a = int_from_i64(state.generations[0].count);
  Object* b = int_from_i64(state.generations[1].count);
  Object* c = int_from_i64(state.generations[2].count);
  Object* t = tuple_pack(3, a, b, c);
  decref(a);
  decref(b);
  decref(c);
  return t;
}

Object* gc_get_threshold(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.get_threshold", nargs, kwnames, 0, 0)) return nullptr;
  Object* a = int_from_i64(state.generations[0].threshold);
  Object* b = int_from_i64(state.generations[1].threshold);
  Object* c = int_from_i64(state.generations[2].threshold);
  Object* t = tuple_pack(3, a, b, c);
  decref(a);
  decref(b);
  decref(c);
  return t;
}

Object* gc_set_threshold(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "set_threshold() takes no keyword arguments");
  if (nargs < 1) return raise(&exc::TypeError, "set_threshold() takes at least 1 argument (0 given)");
  if (nargs > 3) return raise(&exc::TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
  // Each threshold is stored as soon as it converts, as PyArg_ParseTuple
  // does: set_threshold(5, "x") sets threshold 0 and then raises.
  for (size_t i = 0; i < nargs; i++)
    if (!to_c_int(args[i], &state.generations[i].threshold, IntConverter::ParseTuple)) return nullptr;
  return None;
}

Object* gc_get_debug(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.get_debug", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(state.debug);
}

Object* gc_set_debug(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("gc.set_debug", nargs, kwnames, 1, 1)) return nullptr;
  return to_c_int(args[0], &state.debug, IntConverter::Clinic) ? None : nullptr;
}

// Appends the objects of one list (except `exclude`) to `out`.
int list_objects(GCHead* head, Object* out, Object* exclude) {
  if (!head->next) return 0;
  for (GCHead* g = head->next; g != head; g = g->next) {
    Object* o = from_gc(g);
    if (o == exclude) continue;
    if (list_append(out, o) < 0) return -1;
  }
  return 0;
}

Object* gc_get_objects(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"generation", nullptr};
  Object* a[1] = {};
  if (!parse_args("get_objects", args, nargs, kwnames, kw, 0, a)) return nullptr;
  // A Py_ssize_t that may be None; -1 (like None) means every generation.
  intptr_t gen = -1;
  if (a[0] && a[0] != None) {
    if (!is_int(a[0]) && !type_of(a[0])->nb_index)
      return raise(&exc::TypeError, "argument should be integer or None, not '%s'", type_name(a[0]));
    if (!index_as_ssize(a[0], &gen, &exc::OverflowError)) return nullptr;
  }
  if (gen != -1) {
    if (gen >= gc::kNumGenerations)
      return raise(&exc::ValueError,
                   "generation parameter must be less than the number of available generations (%i)",
                   gc::kNumGenerations);
    if (gen < 0) return raise(&exc::ValueError, "generation parameter cannot be negative");
  }
  Object* out = list_new(0);
  if (!out) return nullptr;
  for (int i = 0; i < gc::kNumGenerations; i++) {
    if (gen >= 0 && i != gen) continue;
    if (list_objects(&state.generations[i].head, out, out) < 0) {
      decref(out);
      return nullptr;
    }
  }
  return out;
}

Object* gc_get_stats(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.get_stats", nargs, kwnames, 0, 0)) return nullptr;
  Object* out = list_new(0);
  for (int i = 0; i < gc::kNumGenerations; i++) {
    Object* d = dict_new();
    Object* a = int_from_i64(state.stats[i].collections);
    Object* b = int_from_i64(state.stats[i].collected);
    Object* c = int_from_i64(state.stats[i].uncollectable);
    dict_set_cstr(d, "collections", a);
    dict_set_cstr(d, "collected", b);
    dict_set_cstr(d, "uncollectable", c);
    decref(a);
    decref(b);
    decref(c);
    list_append(out, d);
    decref(d);
  }
  return out;
}

struct ReferrerSearch {
  Object* const* targets;
  size_t n;
  bool found;
};

int visit_find(Object* o, void* arg) {
  auto* s = static_cast<ReferrerSearch*>(arg);
  for (size_t i = 0; i < s->n; i++)
    if (o == s->targets[i]) {
      s->found = true;
      return 1;
    }
  return 0;
}

Object* gc_get_referrers(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "get_referrers() takes no keyword arguments");
  Object* out = list_new(0);
  if (!out) return nullptr;
  // As CPython, frozen objects are not searched.
  GCHead* lists[] = {&state.generations[0].head, &state.generations[1].head, &state.generations[2].head};
  for (GCHead* head : lists) {
    if (!head->next) continue;
    for (GCHead* g = head->next; g != head; g = g->next) {
      Object* o = from_gc(g);
      if (o == out) continue;
      TraverseFn t = type_of(o)->traverse;
      if (!t) continue;
      ReferrerSearch s{args, nargs, false};
      t(o, visit_find, &s);
      if (s.found && list_append(out, o) < 0) {
        decref(out);
        return nullptr;
      }
    }
  }
  return out;
}

int visit_append(Object* o, void* arg) { return list_append(static_cast<Object*>(arg), o) < 0 ? 1 : 0; }

Object* gc_get_referents(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "get_referents() takes no keyword arguments");
  Object* out = list_new(0);
  if (!out) return nullptr;
  for (size_t i = 0; i < nargs; i++) {
    if (!object_is_gc(args[i])) continue;
    TraverseFn t = type_of(args[i])->traverse;
    if (t && t(args[i], visit_append, out)) {
      decref(out);
      return nullptr;
    }
  }
  return out;
}

Object* gc_is_tracked_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("gc.is_tracked", nargs, kwnames, 1, 1)) return nullptr;
  return bool_from(object_is_gc(args[0]) && gc_is_tracked(args[0]));
}

Object* gc_is_finalized_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("gc.is_finalized", nargs, kwnames, 1, 1)) return nullptr;
  return bool_from(object_is_gc(args[0]) && gc_is_finalized(args[0]));
}

Object* gc_freeze(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("gc.freeze", nargs, kwnames, 0, 0)) return nullptr;
  // Only the young count restarts (CPython 3.11 resets generations[0]'s
  // count in its loop, whatever the generation).
  for (int i = 0; i < gc::kNumGenerations; i++) gc::list_merge(&state.generations[i].head, &state.permanent);
  state.generations[0].count = 0;
  return None;
}

Object* gc_unfreeze(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.unfreeze", nargs, kwnames, 0, 0)) return nullptr;
  gc::list_merge(&state.permanent, &state.generations[gc::kNumGenerations - 1].head);
  return None;
}

Object* gc_get_freeze_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gc.get_freeze_count", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(gc::list_size(&state.permanent));
}

MethodDef gc_methods[] = {
    {"enable", gc_enable, 0, "enable($module, /)\n--\n\nEnable automatic garbage collection."},
    {"disable", gc_disable, 0, "disable($module, /)\n--\n\nDisable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "isenabled($module, /)\n--\n\nReturns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, 0, "collect($module, /, generation=2)\n--\n\nRun the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned."},
    {"get_count", gc_get_count, 0, "get_count($module, /)\n--\n\nReturn a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "get_threshold($module, /)\n--\n\nReturn the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n"},
    {"get_debug", gc_get_debug, 0, "get_debug($module, /)\n--\n\nGet the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, 0, "set_debug($module, flags, /)\n--\n\nSet the garbage collection debugging flags."},
    {"get_objects", gc_get_objects, 0, "get_objects($module, /, generation=None)\n--\n\nReturn a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", gc_get_stats, 0, "get_stats($module, /)\n--\n\nReturn a list of dictionaries containing per-generation statistics."},
    {"get_referrers", gc_get_referrers, 0, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, 0, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked_fn, 0, "is_tracked($module, obj, /)\n--\n\nReturns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized_fn, 0, "is_finalized($module, obj, /)\n--\n\nReturns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, 0, "freeze($module, /)\n--\n\nFreeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "unfreeze($module, /)\n--\n\nUnfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0, "get_freeze_count($module, /)\n--\n\nReturn the number of objects in the permanent generation."},
    {nullptr},
};

int gc_exec(Object* m) {
  if (!state.garbage) state.garbage = list_new(0);
  if (!state.callbacks) state.callbacks = list_new(0);
  if (module_add(m, "garbage", state.garbage) < 0 || module_add(m, "callbacks", state.callbacks) < 0) return -1;
  struct {
    const char* name;
    int value;
  } consts[] = {{"DEBUG_STATS", gc::kDebugStats},
                {"DEBUG_COLLECTABLE", gc::kDebugCollectable},
                {"DEBUG_UNCOLLECTABLE", gc::kDebugUncollectable},
                {"DEBUG_SAVEALL", gc::kDebugSaveAll},
                {"DEBUG_LEAK", gc::kDebugCollectable | gc::kDebugUncollectable | gc::kDebugSaveAll}};
  for (auto& c : consts)
    if (module_add_int(m, c.name, c.value) < 0) return -1;
  return 0;
}

ModuleDef gc_def = {"gc", "This module provides access to the garbage collector for reference cycles.", gc_methods,
                    gc_exec};
ModuleRegistrar registrar(&gc_def);

}  // namespace

}  // namespace frost
