/*
 * module.h — module objects and native modules.
 *
 * A module is a container holding its namespace dict (`__name__`, `__file__`
 * and the globals of its code).  A native module (builtins, sys, gc, os, …) is
 * described by a static ModuleDef: its functions as a MethodDef table and an
 * `exec` hook that adds constants and types.  `import` finds native modules by
 * name before looking for `.py` files (vm/import.cpp).
 */
#pragma once

#include <string_view>

#include "vm/type.h"

namespace frost {

struct ModuleObject : Object {
  Object* dict;
  Object* name;   // str
  struct ModuleDef* def;  // null for modules written in frost
};

struct ModuleDef {
  const char* name;
  const char* doc;
  MethodDef* methods;           // called with self = the module
  int (*exec)(Object* module);  // adds the rest of the namespace; -1 on error
};

extern TypeObject ModuleType;

inline bool is_module(const Object* o) { return is_instance_of(o, &ModuleType); }
inline Object* module_dict(Object* m) { return static_cast<ModuleObject*>(m)->dict; }  // borrowed
Object* module_new(const char* name);
// Creates a native module from its definition and records it in sys.modules.
Object* module_from_def(ModuleDef* def);
// Adds `value` (borrowed) under `name` to the module's namespace.
int module_add(Object* m, const char* name, Object* value);
int module_add_int(Object* m, const char* name, int64_t value);

// Registers a native module so that `import NAME` finds it; called from each
// native module's file by a static registrar:
//   static ModuleRegistrar reg(&gc_module_def);
void register_native_module(ModuleDef* def);
struct ModuleRegistrar {
  explicit ModuleRegistrar(ModuleDef* def) { register_native_module(def); }
};

// The registered native module called `name`, or null.
ModuleDef* find_native_module(std::string_view name);
void module_types_init();

// The builtins module and its namespace dict (borrowed), valid after runtime_init.
Object* builtins_module();
Object* builtins_dict();

}  // namespace frost
