/*
 * import.cpp — finding, loading and caching modules.
 *
 * `import a.b.c` imports `a`, then `a.b`, then `a.b.c`, each once: sys.modules
 * caches every module by its full dotted name.  A name is looked up first
 * among the native modules (stdlib/*.cpp register themselves), then as
 * `NAME.py` or `NAME/__init__.py` along sys.path (for a top-level name) or
 * along the parent package's `__path__` (for a submodule).  sys.path starts
 * as: the directory of the main script (or '' for -c and the REPL), the
 * FROSTPATH entries, then frost's stdlib folder.
 *
 * A module is entered in sys.modules before its body runs (so circular
 * imports see the partly initialised module) and removed again if the body
 * raises.
 */
#include "vm/import.h"

#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "compiler/compile.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

Object* sys_modules = nullptr;
Object* sys_path = nullptr;

bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_source(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Runs the source file `path` as the body of module `m` (already in
// sys.modules).  Returns 0 or -1.
int exec_file_in_module(Object* m, const std::string& path) {
  std::string source;
  if (!read_source(path, source)) {
    Object* fname = str_from(path);
    raise_from_errno(errno, fname);
    decref(fname);
    return -1;
  }
  Object* code = compile_source(source, path, CompileMode::Exec);
  if (!code) return -1;
  Object* r = eval_code(code, module_dict(m), module_dict(m));
  decref(code);
  if (!r) return -1;
  decref(r);
  return 0;
}

// Locates `leaf` in the directories of `search` (a list of str).  Sets
// `file` and whether it is a package.
bool find_source(Object* search, std::string_view leaf, std::string& file, bool& package) {
  if (!search || !is_list(search)) return false;
  for (intptr_t i = 0; i < list_size(search); i++) {
    Object* d = list_get(search, i);
    if (!is_str(d)) continue;
    std::string dir(str_view(d));
    std::string base = dir.empty() ? std::string(leaf) : dir + "/" + std::string(leaf);
    if (is_file(base + "/__init__.py")) {
      file = base + "/__init__.py";
      package = true;
      return true;
    }
    if (is_file(base + ".py")) {
      file = base + ".py";
      package = false;
      return true;
    }
  }
  return false;
}

// Imports the module with the absolute dotted `name`; `parent` is the
// already imported parent package or null.  New reference.
Object* load_module(std::string_view name, Object* parent) {
  Object* key = str_from(name);
  if (!key) return nullptr;
  Object* cached = dict_get(sys_modules, key);
  if (cached) {
    decref(key);
    return newref(cached);
  }
  if (ModuleDef* def = find_native_module(name)) {
    decref(key);
    return module_from_def(def);
  }
  size_t dot = name.rfind('.');
  std::string_view leaf = dot == std::string_view::npos ? name : name.substr(dot + 1);
  Object* search = sys_path;
  Object* parent_path = nullptr;
  if (parent) {
    bool found;
    parent_path = object_getattr_opt(parent, names::__path__, &found);
    if (!parent_path) {
      decref(key);
      if (error_occurred()) return nullptr;
      std::string n(name), p(name.substr(0, dot));
      return raise(&exc::ModuleNotFoundError, "No module named '%s'; '%s' is not a package", n.c_str(), p.c_str());
    }
    search = parent_path;
  }
  std::string file;
  bool package = false;
  bool ok = find_source(search, leaf, file, package);
  xdecref(parent_path);
  if (!ok) {
    decref(key);
    std::string n(name);
    raise(&exc::ModuleNotFoundError, "No module named '%s'", n.c_str());
    Object* nm = str_from(name);
    if (nm) object_setattr(error_current(), names::name, nm);
    xdecref(nm);
    return nullptr;
  }
  std::string n(name);
  Object* m = module_new(n.c_str());
  if (!m) {
    decref(key);
    return nullptr;
  }
  Object* d = module_dict(m);
  Object* f = str_from(file);
  dict_set(d, names::__file__, f);
  decref(f);
  dict_set(d, names::__builtins__, builtins_module());
  if (package) {
    std::string dir = file.substr(0, file.size() - strlen("/__init__.py"));
    Object* ds = str_from(dir);
    Object* path = list_new(0);
    list_append(path, ds);
    dict_set(d, names::__path__, path);
    decref(path);
    decref(ds);
    dict_set(d, names::__package__, key);
  } else {
    Object* pkg = str_from(dot == std::string_view::npos ? std::string_view() : name.substr(0, dot));
    dict_set(d, names::__package__, pkg);
    decref(pkg);
  }
  if (dict_set(sys_modules, key, m) < 0 || exec_file_in_module(m, file) < 0) {
    Object* saved = error_fetch();
    dict_del(sys_modules, key);
    error_restore(saved);
    decref(key);
    decref(m);
    return nullptr;
  }
  // The module may have replaced itself in sys.modules.
  Object* final = dict_get(sys_modules, key);
  decref(key);
  if (final && final != m) {
    decref(m);
    return newref(final);
  }
  if (parent) object_setattr(parent, str_intern(leaf), m);
  return m;
}

// Imports every prefix of the dotted `name`; returns the leaf (new reference).
Object* import_dotted(std::string_view name) {
  Object* parent = nullptr;
  size_t pos = 0;
  for (;;) {
    size_t dot = name.find('.', pos);
    std::string_view prefix = name.substr(0, dot);
    Object* m = load_module(prefix, parent);
    xdecref(parent);
    if (!m) return nullptr;
    if (dot == std::string_view::npos) return m;
    parent = m;
    pos = dot + 1;
  }
}

// The package a relative import of `level` starts from.
bool resolve_relative(std::string_view name, Object* globals, int64_t level, std::string& out) {
  Object* pkg = globals ? dict_get_str(globals, names::__package__) : nullptr;
  std::string base;
  if (pkg && is_str(pkg)) {
    base = str_view(pkg);
  } else {
    Object* mname = globals ? dict_get_str(globals, names::__name__) : nullptr;
    if (!mname || !is_str(mname)) {
      raise(&exc::ImportError, "attempted relative import with no known parent package");
      return false;
    }
    base = str_view(mname);
    if (!dict_get_str(globals, names::__path__)) {
      size_t dot = base.rfind('.');
      base = dot == std::string::npos ? "" : base.substr(0, dot);
    }
  }
  if (base.empty()) {
    raise(&exc::ImportError, "attempted relative import with no known parent package");
    return false;
  }
  for (int64_t i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise(&exc::ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  out = name.empty() ? base : base + "." + std::string(name);
  return true;
}

}  // namespace

Object* import_modules() {
  if (!sys_modules) sys_modules = dict_new();
  return sys_modules;
}

Object* import_path() {
  if (!sys_path) sys_path = list_new(0);
  return sys_path;
}

Object* import_module(const char* name) {
  import_modules();
  import_path();
  return import_dotted(name);
}

Object* import_name(Object* name, Object* globals, Object* fromlist, Object* level) {
  int64_t lvl = 0;
  if (level && is_int(level) && !int_as_i64(level, &lvl)) return nullptr;
  std::string full;
  if (lvl > 0) {
    if (!resolve_relative(str_view(name), globals, lvl, full)) return nullptr;
  } else {
    full = str_view(name);
    if (full.empty()) return raise(&exc::ValueError, "Empty module name");
  }
  Object* leaf = import_module(full.c_str());
  if (!leaf) return nullptr;
  bool has_fromlist = fromlist && fromlist != None && (!is_tuple(fromlist) || tuple_size(fromlist) > 0);
  if (has_fromlist || lvl > 0 && str_size(name) == 0) return leaf;
  // `import a.b.c` binds `a`: return the top-level package.
  if (lvl == 0) {
    size_t dot = full.find('.');
    if (dot == std::string::npos) return leaf;
    decref(leaf);
    Object* key = str_from(std::string_view(full).substr(0, dot));
    Object* top = dict_get(sys_modules, key);
    decref(key);
    return top ? newref(top) : raise(&exc::KeyError, "%s", full.c_str());
  }
  return leaf;
}

Object* import_from(Object* module, Object* name) {
  bool found;
  Object* v = object_getattr_opt(module, name, &found);
  if (v || error_occurred()) return v;
  // A submodule not yet bound as an attribute.
  Object* mname = object_getattr_opt(module, names::__name__, &found);
  if (mname && is_str(mname)) {
    std::string full = std::string(str_view(mname)) + "." + std::string(str_view(name));
    Object* key = str_from(full);
    Object* sub = dict_get(import_modules(), key);
    decref(key);
    if (sub) {
      decref(mname);
      return newref(sub);
    }
    if (is_module(module) && dict_get_str(module_dict(module), names::__path__)) {
      Object* m = import_module(full.c_str());
      if (m) {
        decref(mname);
        return m;
      }
      if (!error_matches(&exc::ModuleNotFoundError)) {
        decref(mname);
        return nullptr;
      }
      error_clear();
    }
  }
  error_clear();
  Object* file = is_module(module) ? dict_get_str(module_dict(module), names::__file__) : nullptr;
  const char* mn = mname && is_str(mname) ? str_data(mname) : "<unknown module name>";
  if (file && is_str(file))
    raise(&exc::ImportError, "cannot import name '%s' from '%s' (%s)", str_data(name), mn, str_data(file));
  else
    raise(&exc::ImportError, "cannot import name '%s' from '%s' (unknown location)", str_data(name), mn);
  xdecref(mname);
  return nullptr;
}

int import_star(Object* module, Object* ns) {
  bool found;
  Object* all = object_getattr_opt(module, names::__all__, &found);
  if (!all && error_occurred()) return -1;
  if (all) {
    Object* it = object_iter(all);
    decref(all);
    if (!it) return -1;
    while (Object* n = iter_next(it)) {
      Object* v = object_getattr(module, n);
      int rc = v ? object_setitem(ns, n, v) : -1;
      xdecref(v);
      decref(n);
      if (rc < 0) {
        decref(it);
        return -1;
      }
    }
    decref(it);
    return error_occurred() ? -1 : 0;
  }
  Object* d = is_module(module) ? module_dict(module) : nullptr;
  if (!d) return raise(&exc::ImportError, "from-import-* object has no __dict__ and no __all__") ? 0 : -1;
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k) && str_size(k) > 0 && str_data(k)[0] == '_') continue;
    if (object_setitem(ns, k, v) < 0) return -1;
  }
  return 0;
}

int run_main_file(const char* path) {
  Object* m = module_new("__main__");
  if (!m) return -1;
  Object* d = module_dict(m);
  Object* f = str_from_cstr(path);
  dict_set(d, names::__file__, f);
  decref(f);
  dict_set(d, names::__builtins__, builtins_module());
  dict_set(import_modules(), names::__main__, m);
  int rc = exec_file_in_module(m, path);
  decref(m);
  return rc;
}

}  // namespace frost
