/*
 * run.cpp — running a script, a command, a module or stdin, and ending the
 * process the way CPython does: SystemExit's code becomes the exit status, an
 * uncaught exception prints its traceback and exits 1, then the atexit
 * handlers run and the standard streams are flushed.  The heap is not torn
 * down (vm/interpreter.cpp explains why).
 */
#include "cli/run.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>

#include "compiler/compile.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/shutdown.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"

namespace frost {

namespace {

// sys.path: the script's directory (or '' for -c/stdin), FROSTPATH, stdlib.
void init_path(const std::string& first) {
  Object* path = import_path();
  auto add = [&](const std::string& s) {
    Object* o = str_from(s);
    list_append(path, o);
    decref(o);
  };
  add(first);
  if (const char* fp = getenv("FROSTPATH")) {
    std::string s(fp);
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!part.empty()) add(part);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  add(FROST_STDLIB_DIR);
}

// The exit status for SystemExit(code).
int system_exit_status(Object* e) {
  bool found;
  Object* code = object_getattr_opt(e, names::code, &found);
  error_clear();
  int status = 0;
  if (!code || code == None) {
    status = 0;
  } else if (is_int(code)) {
    int64_t v = 0;
    if (!int_as_i64(code, &v)) {
      error_clear();
      v = 1;
    }
    status = static_cast<int>(v & 0xff);
  } else {
    Object* s = object_str(code);
    if (s) {
      fflush(stdout);
      fprintf(stderr, "%s\n", str_data(s));
      decref(s);
    }
    error_clear();
    status = 1;
  }
  xdecref(code);
  return status;
}

// Runs the atexit handlers and flushes; returns the final status.
int finish(int status) {
  int handler_status = atexit_run_handlers();
  if (handler_status >= 0) status = handler_status;
  io_flush_std_streams();
  fflush(stdout);
  fflush(stderr);
  return status;
}

int run_code_as_main(Object* code) {
  Object* m = module_new("__main__");
  Object* d = module_dict(m);
  dict_set(d, names::__builtins__, builtins_module());
  dict_set(import_modules(), names::__main__, m);
  Object* r = eval_code(code, d, d);
  decref(m);
  if (!r) return -1;
  decref(r);
  return 0;
}

// With -i the REPL starts whatever the program did: an uncaught exception,
// even SystemExit, is only printed (CPython's inspect flag), and the exit
// status is the REPL's.
int after_run(int rc, const RunOptions& opts) {
  if (!opts.interactive_after) return finish(rc < 0 ? report_uncaught() : 0);
  if (rc < 0) {
    Object* e = error_fetch();
    io_flush_std_streams();
    fflush(stdout);
    print_exception(e, stderr);
    decref(e);
  }
  return finish(run_repl(opts, false));
}

}  // namespace

int report_uncaught() {
  Object* e = error_fetch();
  if (!e) return 1;
  if (is_instance_of(e, &exc::SystemExit)) {
    int status = system_exit_status(e);
    decref(e);
    return status;
  }
  io_flush_std_streams();
  fflush(stdout);
  print_exception(e, stderr);
  decref(e);
  return 1;
}

int run_script(const char* path, int argc, char** argv, const RunOptions& opts) {
  FILE* probe = fopen(path, "rb");
  if (!probe) {
    int err = errno;
    fprintf(stderr, "frost: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
    return 2;
  }
  fclose(probe);
  // __main__'s __file__ (and so tracebacks) use the absolute path, as CPython
  // 3.9+ does: the working directory joined with the path as given.
  std::string p(path);
  if (p[0] != '/') {
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd)) p = std::string(cwd) + "/" + p;
  }
  size_t slash = p.rfind('/');
  init_path(slash == std::string::npos ? "" : p.substr(0, slash));
  sys_set_argv(argc, argv);
  return after_run(run_main_file(p.c_str()), opts);
}

int run_command(const char* source, int argc, char** argv, const RunOptions& opts) {
  init_path("");
  char dash_c[] = "-c";
  argv[0] = dash_c;
  sys_set_argv(argc, argv);
  Object* code = compile_source(source, "<string>", CompileMode::Exec);
  int rc = code ? run_code_as_main(code) : -1;
  xdecref(code);
  return after_run(rc, opts);
}

int run_module_main(const char* module, int argc, char** argv, const RunOptions& opts) {
  init_path("");
  // Find the module's file without running it as itself, then run it as __main__.
  std::string name(module);
  Object* path = import_path();
  std::string rel = name;
  for (char& c : rel)
    if (c == '.') c = '/';
  for (intptr_t i = 0; i < list_size(path); i++) {
    std::string dir(str_view(list_get(path, i)));
    for (const std::string& cand : {rel + ".py", rel + "/__main__.py"}) {
      std::string full = dir.empty() ? cand : dir + "/" + cand;
      if (FILE* f = fopen(full.c_str(), "rb")) {
        fclose(f);
        // sys.argv[0] is the module's full path, as CPython sets it.
        argv[0] = const_cast<char*>(full.c_str());
        sys_set_argv(argc, argv);
        return after_run(run_main_file(full.c_str()), opts);
      }
    }
  }
  fprintf(stderr, "frost: No module named %s\n", module);
  return finish(1);
}

int run_stdin_or_repl(const RunOptions& opts, int argc, char** argv) {
  init_path("");
  char empty[] = "";
  char* args0[] = {empty};
  if (argc > 0 && strcmp(argv[0], "-") == 0) sys_set_argv(argc, argv);
  else sys_set_argv(1, args0);
  // A terminal, or -i, makes stdin interactive (`frost -` included).
  if (isatty(0) || opts.interactive_after) return finish(run_repl(opts, true));
  std::string source((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  Object* code = compile_source(source, "<stdin>", CompileMode::Exec);
  int rc = code ? run_code_as_main(code) : -1;
  xdecref(code);
  return after_run(rc, opts);
}

}  // namespace frost
