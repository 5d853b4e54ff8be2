/*
 * atexit.cpp — the `atexit` module: functions to run at normal exit.
 *
 * Handlers run last-registered first, after the main program ends normally,
 * by sys.exit() or by an uncaught exception (cli/run.cpp calls
 * atexit_run_handlers).  An exception in a handler is printed and the next
 * one still runs.  `os._exit` skips them all — which is why Instagram's
 * workers register `os._exit(0)` first: it runs last and ends the process
 * before interpreter shutdown touches the shared heap.
 */
#include <cstdio>
#include <vector>

#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/shutdown.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

struct Handler {
  Object* func;     // owned
  Object* args;     // owned tuple
  Object* kwargs;   // owned dict or null
};

std::vector<Handler>& handlers() {
  static std::vector<Handler> h;
  return h;
}

void release(Handler& h) {
  decref(h.func);
  decref(h.args);
  xdecref(h.kwargs);
}

Object* atexit_register(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs < 1) return raise(&exc::TypeError, "register() takes at least 1 argument (0 given)");
  if (!is_callable(args[0])) return raise(&exc::TypeError, "the first argument must be callable");
  Handler h{newref(args[0]), tuple_from_array(args + 1, static_cast<intptr_t>(nargs - 1)), nullptr};
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nkw) {
    h.kwargs = dict_new();
    for (size_t i = 0; i < nkw; i++) dict_set(h.kwargs, tuple_get(kwnames, i), args[nargs + i]);
  }
  handlers().push_back(h);
  return newref(args[0]);
}

Object* atexit_unregister(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("unregister", nargs, kwnames, 1, 1)) return nullptr;
  auto& hs = handlers();
  for (size_t i = hs.size(); i-- > 0;) {
    int eq = object_eq(hs[i].func, args[0]);
    if (eq < 0) return nullptr;
    if (eq) {
      Handler h = hs[i];
      hs.erase(hs.begin() + static_cast<long>(i));
      release(h);
    }
  }
  return None;
}

Object* atexit_run(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("_run_exitfuncs", nargs, kwnames, 0, 0)) return nullptr;
  atexit_run_handlers();
  return None;
}

Object* atexit_clear(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("_clear", nargs, kwnames, 0, 0)) return nullptr;
  for (Handler& h : handlers()) release(h);
  handlers().clear();
  return None;
}

Object* atexit_ncallbacks(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("_ncallbacks", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(static_cast<int64_t>(handlers().size()));
}

MethodDef atexit_methods[] = {
    {"register", atexit_register, 0,
     "register($module, func, /, *args, **kwargs)\n--\n\nRegister a function to be executed upon normal program termination."},
    {"unregister", atexit_unregister, 0, "unregister($module, func, /)\n--\n\nUnregister an exit function."},
    {"_run_exitfuncs", atexit_run, 0, "Run all registered exit functions."},
    {"_clear", atexit_clear, 0, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, 0, "Return the number of registered exit functions."},
    {nullptr},
};

ModuleDef atexit_def = {"atexit", "allow programmer to define multiple exit functions", atexit_methods, nullptr};
ModuleRegistrar registrar(&atexit_def);

}  // namespace

int atexit_run_handlers() {
  int status = -1;
  auto& hs = handlers();
  while (!hs.empty()) {
    Handler h = hs.back();
    hs.pop_back();
    Object* r = call_tuple_dict(h.func, h.args, h.kwargs);
    if (r) {
      decref(r);
    } else if (error_matches(&exc::SystemExit)) {
      Object* e = error_fetch();
      bool found;
      Object* code = object_getattr_opt(e, names::code, &found);
      error_clear();
      int64_t v = 0;
      if (code && is_int(code) && int_as_i64(code, &v)) status = static_cast<int>(v & 0xff);
      else if (code && code != None) status = 1;
      else status = 0;
      xdecref(code);
      decref(e);
    } else {
      Object* e = error_fetch();
      fflush(stdout);
      fputs("Exception ignored in atexit callback: ", stderr);
      Object* rep = object_repr(h.func);
      if (rep) {
        fwrite(str_data(rep), 1, str_size(rep), stderr);
        decref(rep);
      }
      error_clear();
      fputc('\n', stderr);
      print_exception(e, stderr);
      decref(e);
    }
    release(h);
  }
  return status;
}

}  // namespace frost
