/*
 * import.h — the import system: native modules, `.py` files next to the main
 * script, on FROSTPATH and in the stdlib folder, packages with __init__.py,
 * relative imports, and sys.modules as the cache.
 */
#pragma once

#include "vm/object.h"

namespace frost {

// IMPORT_NAME: __import__(name, globals, fromlist, level) semantics.
Object* import_name(Object* name, Object* globals, Object* fromlist, Object* level);
// IMPORT_FROM: module.name, falling back to importing the submodule.
Object* import_from(Object* module, Object* name);
// `from m import *` into `ns`.
int import_star(Object* module, Object* ns);
// Imports a module by absolute dotted name (new reference to the leaf).
Object* import_module(const char* name);
// Runs a file as __main__; returns 0, or -1 with an exception set.
int run_main_file(const char* path);
// The module search path (sys.path), a list; created by the interpreter.
Object* import_path();
// sys.modules.
Object* import_modules();

}  // namespace frost
