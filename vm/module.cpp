/*
 * module.cpp — module objects and the registry of native modules.
 */
#include "vm/module.h"

#include <vector>

#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/import.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/dict.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject ModuleType;

namespace {

// Function-local so that registrars in other files' static initialisers can
// run before this file's.
std::vector<ModuleDef*>& registry() {
  static std::vector<ModuleDef*> defs;
  return defs;
}

ModuleObject* as_mod(Object* o) { return static_cast<ModuleObject*>(o); }

Object* module_getattro(Object* self, Object* name) {
  Object* r = generic_getattr(self, name);
  if (r || !error_matches(&exc::AttributeError)) return r;
  ModuleObject* m = as_mod(self);
  if (!m->dict) return nullptr;
  // PEP 562: a module-level __getattr__.
  Object* hook = dict_get_cstr(m->dict, "__getattr__");
  if (hook) {
    error_clear();
    return call1(hook, name);
  }
  Object* mname = dict_get_str(m->dict, names::__name__);
  if (mname && is_str(mname)) {
    error_clear();
    return raise(&exc::AttributeError, "module '%s' has no attribute '%s'", str_data(mname), str_data(name));
  }
  return nullptr;
}

Object* module_repr(Object* self) {
  ModuleObject* m = as_mod(self);
  Object* file = m->dict ? dict_get_str(m->dict, names::__file__) : nullptr;
  const char* name = m->name ? str_data(m->name) : "?";
  if (file && is_str(file)) return str_format_c("<module '%s' from '%s'>", name, str_data(file));
  return str_format_c("<module '%s' (built-in)>", name);
}

int module_traverse(Object* self, VisitFn visit, void* arg) {
  ModuleObject* m = as_mod(self);
  if (m->dict && visit(m->dict, arg)) return 1;
  if (m->name && visit(m->name, arg)) return 1;
  return 0;
}

int module_clear(Object* self) {
  clearref(&as_mod(self)->dict);
  return 0;
}

void module_dealloc(Object* self) {
  module_clear(self);
  clearref(&as_mod(self)->name);
  object_free(self);
}

Object* module_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("module", nargs, kwnames, 1, 2)) return nullptr;
  if (!is_str(args[0])) return raise(&exc::TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(args[0]));
  Object* m = module_new(str_data(args[0]));
  if (m && nargs == 2) dict_set(module_dict(m), names::__doc__, args[1]);
  return m;
}

}  // namespace

Object* module_new(const char* name) {
  auto* m = static_cast<ModuleObject*>(gc_alloc(&ModuleType, sizeof(ModuleObject)));
  if (!m) return nullptr;
  m->name = str_from_cstr(name);
  m->dict = dict_new();
  if (!m->name || !m->dict) {
    decref(m);
    return nullptr;
  }
  dict_set(m->dict, names::__name__, m->name);
  dict_set(m->dict, names::__doc__, None);
  dict_set(m->dict, names::__package__, None);
  return m;
}

int module_add(Object* m, const char* name, Object* value) { return dict_set_cstr(module_dict(m), name, value); }

int module_add_int(Object* m, const char* name, int64_t value) {
  Object* v = int_from_i64(value);
  if (!v) return -1;
  int rc = module_add(m, name, v);
  decref(v);
  return rc;
}

Object* module_from_def(ModuleDef* def) {
  Object* m = module_new(def->name);
  if (!m) return nullptr;
  ModuleObject* mo = as_mod(m);
  mo->def = def;
  if (def->doc) {
    Object* doc = str_from_cstr(def->doc);
    dict_set(mo->dict, names::__doc__, doc);
    decref(doc);
  }
  for (MethodDef* md = def->methods; md && md->name; md++) {
    Object* f = native_function_new(md, m, mo->name);
    if (!f || module_add(m, md->name, f) < 0) {
      xdecref(f);
      decref(m);
      return nullptr;
    }
    decref(f);
  }
  if (dict_set(import_modules(), mo->name, m) < 0 || (def->exec && def->exec(m) < 0)) {
    dict_del(import_modules(), mo->name);
    decref(m);
    return nullptr;
  }
  return m;
}

void register_native_module(ModuleDef* def) { registry().push_back(def); }

// The registered native module named `name`, or null.
ModuleDef* find_native_module(std::string_view name) {
  for (ModuleDef* d : registry())
    if (name == d->name) return d;
  return nullptr;
}

void module_types_init() {
  ModuleType.name = "module";
  ModuleType.basicsize = sizeof(ModuleObject);
  ModuleType.flags = kHaveGC | kBaseType;
  ModuleType.getattro = module_getattro;
  ModuleType.repr = module_repr;
  ModuleType.traverse = module_traverse;
  ModuleType.clear = module_clear;
  ModuleType.dealloc = module_dealloc;
  ModuleType.new_ = module_new_slot;
  ModuleType.dictoffset = offsetof(ModuleObject, dict);
  ModuleType.getset = instance_dict_descriptor();
  type_ready(&ModuleType);
}

}  // namespace frost
