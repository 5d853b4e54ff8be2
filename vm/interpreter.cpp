/*
 * interpreter.cpp — start-up, the builtins that need the compiler or the
 * eval loop (__build_class__, exec, eval, compile, __import__), and the
 * top-level handling of an uncaught exception.
 *
 * Start-up order matters: every built-in type assigns its slots first, then
 * all are readied together (readying needs str, dict and the descriptor
 * types), then the builtins and sys modules are created.
 *
 * Shutdown (DESIGN.md invariant 6) does not walk the heap: the interpreter
 * runs the atexit handlers, flushes the standard streams and exits.  Objects
 * still alive are left to the operating system, which reclaims the whole
 * address space at once — far cheaper than decref-ing every object, and it
 * never writes to pages a prefork worker shares with its master.
 */
#include "vm/interpreter.h"

#include <cstdio>
#include <cstring>

#include "compiler/compile.h"
#include "gcmodule/gc.h"
#include "stdlib/io.h"
#include "vm/builtins.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/types/dict.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

Object* the_builtins = nullptr;

// __build_class__(func, name, *bases, metaclass=None, **kwds): runs the class
// body with a fresh namespace, then calls the metaclass.
Object* build_class(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs < 2) return raise(&exc::TypeError, "__build_class__: not enough arguments");
  Object* func = args[0];
  Object* name = args[1];
  if (!is_function(func)) return raise(&exc::TypeError, "__build_class__: func must be a function");
  if (!is_str(name)) return raise(&exc::TypeError, "__build_class__: name is not a string");
  Object* bases = tuple_from_array(args + 2, static_cast<intptr_t>(nargs - 2));
  if (!bases) return nullptr;
  Object* meta = nullptr;
  Object* kwargs = dict_new();
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Object* k = tuple_get(kwnames, i);
    if (str_view(k) == "metaclass") meta = args[nargs + i];
    else dict_set(kwargs, k, args[nargs + i]);
  }
  // The most derived metaclass of the explicit one and the bases' types.
  TypeObject* winner = meta && type_has_flag(type_of(meta), kTypeSubclass) ? static_cast<TypeObject*>(meta) : nullptr;
  if (!meta) winner = tuple_size(bases) ? type_of(tuple_get(bases, 0)) : &TypeType;
  if (winner) {
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
      TypeObject* bt = type_of(tuple_get(bases, i));
      if (type_is_subtype(winner, bt)) continue;
      if (type_is_subtype(bt, winner)) {
        winner = bt;
        continue;
      }
      decref(bases);
      decref(kwargs);
      return raise(&exc::TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    }
    meta = winner;
  }
  Object* ns;
  bool found;
  Object* prep = object_getattr_opt(meta, str_intern("__prepare__"), &found);
  if (prep) {
    Object* pargs[2] = {name, bases};
    ns = call(prep, pargs, 2);
    decref(prep);
  } else {
    ns = error_occurred() ? nullptr : dict_new();
  }
  if (!ns) {
    decref(bases);
    decref(kwargs);
    return nullptr;
  }
  auto* fn = static_cast<FunctionObject*>(func);
  auto* code = static_cast<CodeObject*>(fn->code);
  Frame* f = frame_new(code, func, fn->globals, fn->builtins, ns, false);
  Object* cell = nullptr;
  if (f) {
    // A class body has no parameters; its cells and frees are set up here.
    for (int32_t i = 0; i < code->ncells; i++) f->localsplus[code->nlocals + i] = cell_new(nullptr);
    for (int32_t i = 0; i < code->nfrees; i++)
      f->localsplus[code->nlocals + code->ncells + i] = newref(tuple_get(fn->closure, i));
    cell = eval_frame(f);
    frame_release(f);
  }
  Object* cls = nullptr;
  if (cell) {
    Object* margs[3] = {name, bases, ns};
    intptr_t nk = dict_size(kwargs);
    Object* kn = nk ? tuple_new(nk) : nullptr;
    Object* all[64];
    for (int i = 0; i < 3; i++) all[i] = margs[i];
    intptr_t pos = 0, j = 0;
    Object *k, *v;
    while (nk && j < 60 && dict_next(kwargs, &pos, &k, &v)) {
      tuple_set(kn, j, newref(k));
      all[3 + j++] = v;
    }
    cls = call(meta, all, 3, kn);
    xdecref(kn);
    if (cls && type_of(cell) == &CellType && type_has_flag(type_of(cls), kTypeSubclass))
      setref(&static_cast<CellObject*>(cell)->ref, newref(cls));
    decref(cell);
  }
  decref(ns);
  decref(bases);
  decref(kwargs);
  return cls;
}

// The namespaces exec/eval run in: explicit ones, or the caller's.
bool exec_namespaces(Object* const* args, size_t nargs, Object** globals, Object** locals) {
  *globals = nargs > 1 && args[1] != None ? args[1] : eval_current_globals();
  *locals = nargs > 2 && args[2] != None ? args[2] : (nargs > 1 && args[1] != None ? *globals : nullptr);
  if (!*globals || !is_dict(*globals)) {
    raise(&exc::TypeError, "globals must be a dict");
    return false;
  }
  if (!*locals) {
    // Module level: the caller's locals are its globals.
    *locals = ts.frame && ts.frame->locals ? ts.frame->locals : *globals;
  }
  if (!dict_get_cstr(*globals, "__builtins__")) dict_set_cstr(*globals, "__builtins__", the_builtins);
  return true;
}

Object* run_source_or_code(const char* fname, Object* const* args, size_t nargs, Object* kwnames, CompileMode mode) {
  if (!check_args(fname, nargs, kwnames, 1, 3)) return nullptr;
  Object *globals, *locals;
  if (!exec_namespaces(args, nargs, &globals, &locals)) return nullptr;
  Object* code;
  if (is_code(args[0])) {
    code = newref(args[0]);
  } else if (is_str(args[0])) {
    code = compile_source(str_view(args[0]), "<string>", mode);
  } else {
    return raise(&exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  }
  if (!code) return nullptr;
  Object* r = eval_code(code, globals, locals);
  decref(code);
  if (r && mode == CompileMode::Exec) {
    decref(r);
    return None;
  }
  return r;
}

Object* builtin_exec(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return run_source_or_code("exec", args, nargs, kwnames, CompileMode::Exec);
}

Object* builtin_eval(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs >= 1 && is_str(args[0])) {
    // eval ignores leading spaces and tabs, as CPython.
    std::string_view s = str_view(args[0]);
    size_t b = s.find_first_not_of(" \t");
    if (b && b != std::string_view::npos) {
      Object* stripped = str_from(s.substr(b));
      Object* a2[3] = {stripped, nargs > 1 ? args[1] : None, nargs > 2 ? args[2] : None};
      Object* r = run_source_or_code("eval", a2, nargs, kwnames, CompileMode::Eval);
      decref(stripped);
      return r;
    }
  }
  return run_source_or_code("eval", args, nargs, kwnames, CompileMode::Eval);
}

Object* builtin_compile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", nullptr};
  Object* a[6] = {};
  if (!parse_args("compile", args, nargs, kwnames, kw, 3, a)) return nullptr;
  if (!is_str(a[0]) || !is_str(a[1]) || !is_str(a[2]))
    return raise(&exc::TypeError, "compile() arguments must be str");
  std::string_view mode = str_view(a[2]);
  CompileMode m = mode == "exec" ? CompileMode::Exec : mode == "eval" ? CompileMode::Eval : CompileMode::Single;
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return compile_source(str_view(a[0]), str_view(a[1]), m);
}

Object* builtin_import(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"name", "globals", "locals", "fromlist", "level", nullptr};
  Object* a[5] = {};
  if (!parse_args("__import__", args, nargs, kwnames, kw, 1, a)) return nullptr;
  if (!is_str(a[0])) return raise(&exc::TypeError, "__import__() argument 1 must be str, not %s", type_name(a[0]));
  Object* zero = int_from_i64(0);
  Object* r = import_name(a[0], a[1] && a[1] != None ? a[1] : nullptr, a[3], a[4] ? a[4] : zero);
  decref(zero);
  return r;
}

MethodDef interpreter_builtins[] = {
    {"__build_class__", build_class, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"exec", builtin_exec, 0, "exec(source, globals=None, locals=None, /)\nExecute the given source in the context of globals and locals."},
    {"eval", builtin_eval, 0, "eval(source, globals=None, locals=None, /)\nEvaluate the given source in the context of globals and locals."},
    {"compile", builtin_compile, 0, "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)"},
    {"__import__", builtin_import, 0, "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module"},
    {nullptr},
};

}  // namespace

Object* builtins_module() { return the_builtins; }
Object* builtins_dict() { return module_dict(the_builtins); }

int print_expr_hook(Object* v) {
  if (v == None) return 0;
  if (dict_set_cstr(builtins_dict(), "_", None) < 0) return -1;
  Object* r = object_repr(v);
  if (!r) return -1;
  Object* out = builtins_default_stdout();
  int rc = 0;
  if (out && out != None) {
    Object* nl = str_from_cstr("\n");
    Object* s = str_concat(r, nl);
    Object* w = s ? call_method(out, names::write, &s, 1) : nullptr;
    rc = w ? 0 : -1;
    xdecref(w);
    xdecref(s);
    decref(nl);
  } else if (!out) {
    fwrite(str_data(r), 1, str_size(r), stdout);
    fputc('\n', stdout);
  }
  decref(r);
  if (rc < 0) return -1;
  return dict_set_cstr(builtins_dict(), "_", v);
}

void runtime_init() {
  static bool done = false;
  if (done) return;
  done = true;
  core_types_init();
  descriptor_types_init();
  dict_types_init();
  str_types_init();
  int_types_init();
  float_types_init();
  bytes_types_init();
  tuple_types_init();
  list_types_init();
  set_types_init();
  range_slice_types_init();
  exception_types_init();
  function_types_init();
  module_types_init();
  if (types_ready_after_bootstrap() < 0) {
    fputs("frost: fatal error while readying the built-in types\n", stderr);
    if (Object* e = error_fetch()) print_exception(e, stderr);
    abort();
  }
  import_modules();
  import_path();
  the_builtins = module_from_def(&builtins_module_def);
  if (!the_builtins) {
    fputs("frost: fatal error while creating the builtins module\n", stderr);
    if (Object* e = error_fetch()) print_exception(e, stderr);
    abort();
  }
  make_immortal(the_builtins);
  for (MethodDef* m = interpreter_builtins; m->name; m++) {
    Object* f = native_function_new(m, the_builtins, nullptr);
    module_add(the_builtins, m->name, f);
    decref(f);
  }
  if (io_add_builtins(the_builtins) < 0) {
    fputs("frost: fatal error while adding open() to builtins\n", stderr);
    abort();
  }
  // sys owns the standard streams print() and input() use.
  Object* sys = import_module("sys");
  if (!sys) {
    fputs("frost: fatal error while importing sys\n", stderr);
    if (Object* e = error_fetch()) print_exception(e, stderr);
    abort();
  }
  decref(sys);
  signals_install_default();
  gc_init();
}

}  // namespace frost
