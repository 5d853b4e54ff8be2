/*
 * os.cpp — the `os` module: processes (fork, wait, kill, _exit, ids), the
 * fork hooks, randomness, and the module itself, whose other functions
 * live in os_files.cpp (descriptors, paths, stat) and os_environ.cpp
 * (environ).  os.path is the guest module stdlib/posixpath.py, imported
 * last so that it finds the rest of `os` in place.
 *
 * fork(), as CPython's os.fork:
 *   1. the `before` hooks run, last registered first;
 *   2. every pending write of sys.stdout, sys.stderr and open files is
 *      flushed, so the child does not write the parent's bytes a second
 *      time (io_flush_std_streams);
 *   3. after fork(2), the child forgets the signals that arrived in the
 *      parent and runs the `after_in_child` hooks; the parent runs
 *      `after_in_parent` — both in registration order.
 * A hook's exception is reported as unraisable and the others still run.
 *
 * _exit(n) ends the process at once: no atexit handlers, no flushing —
 * what a prefork worker calls so that exit does not touch the shared heap.
 */
#include <sys/random.h>
#include <sysexits.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/io.h"
#include "stdlib/os_impl.h"
#include "stdlib/posix_util.h"
#include "stdlib/structseq.h"
#include "vm/errors.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

StructSeqType UnameResultType;
const char* const kUnameFields[] = {"sysname", "nodename", "release", "version", "machine", nullptr};

// The fork hooks (owned callables).
std::vector<Object*> before_fork, after_fork_parent, after_fork_child;

// "NAME() takes exactly N arguments (M given)": the message of CPython's
// functions parsed by PyArg_ParseTuple (kill, waitpid).
bool check_exact(const char* fname, size_t nargs, Object* kwnames, size_t n) {
  if (kwnames && tuple_size(kwnames)) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs == n) return true;
  raise(&exc::TypeError, "%s() takes exactly %zu arguments (%zu given)", fname, n, nargs);
  return false;
}

#define FROST_ID_FUNC(fname, expr)                                              \
  Object* os_##fname(Object*, Object* const*, size_t nargs, Object* kwnames) {  \
    if (!check_args("posix." #fname, nargs, kwnames, 0, 0)) return nullptr;    \
    return int_from_i64(expr);                                                  \
  }
FROST_ID_FUNC(getpid, getpid())
FROST_ID_FUNC(getppid, getppid())
FROST_ID_FUNC(getuid, getuid())
FROST_ID_FUNC(geteuid, geteuid())
FROST_ID_FUNC(getgid, getgid())
FROST_ID_FUNC(getegid, getegid())
FROST_ID_FUNC(getpgrp, getpgrp())
#undef FROST_ID_FUNC

Object* os_setsid(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.setsid", nargs, kwnames, 0, 0)) return nullptr;
  if (setsid() < 0) return raise_from_errno(errno);
  return None;
}

Object* os_getpgid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getpgid", nargs, kwnames, 1, 1)) return nullptr;
  int pid;
  if (!arg_int_parsetuple(args[0], &pid)) return nullptr;
  pid_t r = getpgid(pid);
  if (r < 0) return raise_from_errno(errno);
  return int_from_i64(r);
}

Object* os_setpgid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setpgid", nargs, kwnames, 2, 2)) return nullptr;
  int pid, pgrp;
  if (!arg_int_parsetuple(args[0], &pid) || !arg_int_parsetuple(args[1], &pgrp)) return nullptr;
  if (setpgid(pid, pgrp) < 0) return raise_from_errno(errno);
  return None;
}

// kill(pid, signal) and killpg(pgid, signal).
Object* kill_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int (*fn)(pid_t, int)) {
  if (!check_exact(fname, nargs, kwnames, 2)) return nullptr;
  int pid, sig;
  if (!arg_int_parsetuple(args[0], &pid) || !arg_int(args[1], &sig)) return nullptr;
  if (fn(pid, sig) < 0) return raise_from_errno(errno);
  return None;
}

Object* os_kill(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return kill_impl("kill", args, nargs, kwnames, kill);
}

Object* os_killpg(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return kill_impl("killpg", args, nargs, kwnames, killpg);
}

Object* os_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"status", nullptr};
  Object* a[1] = {};
  if (!parse_args("_exit", args, nargs, kwnames, kw, 1, a)) return nullptr;
  int status;
  if (!arg_int(a[0], &status)) return nullptr;
  _exit(status);
}

// Calls each hook, reporting (not raising) its exception.
void run_hooks(const std::vector<Object*>& hooks, bool reverse) {
  // A copy: a hook may register more hooks.
  std::vector<Object*> snapshot(hooks);
  for (Object* h : snapshot) incref(h);
  size_t n = snapshot.size();
  for (size_t i = 0; i < n; i++) {
    Object* h = snapshot[reverse ? n - 1 - i : i];
    Object* r = call0(h);
    if (r) decref(r);
    else error_write_unraisable(h);
  }
  for (Object* h : snapshot) decref(h);
}

Object* os_fork(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.fork", nargs, kwnames, 0, 0)) return nullptr;
  run_hooks(before_fork, true);
  io_flush_std_streams();
  pid_t pid = fork();
  int err = errno;
  if (pid == 0) {
    signals_after_fork_child();
    run_hooks(after_fork_child, false);
  } else {
    run_hooks(after_fork_parent, false);
  }
  if (pid < 0) return raise_from_errno(err);
  return int_from_i64(pid);
}

Object* os_register_at_fork(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs) return raise(&exc::TypeError, "register_at_fork() takes no positional arguments");
  static const char* const kw[] = {"before", "after_in_child", "after_in_parent", nullptr};
  Object* a[3] = {};
  if (!parse_args("register_at_fork", args, nargs, kwnames, kw, 0, a)) return nullptr;
  if (!a[0] && !a[1] && !a[2]) return raise(&exc::TypeError, "At least one argument is required.");
  for (int i = 0; i < 3; i++)
    if (a[i] && !is_callable(a[i]))
      return raise(&exc::TypeError, "'%s' must be callable, not %s", kw[i], type_name(a[i]));
  if (a[0]) before_fork.push_back(newref(a[0]));
  if (a[1]) after_fork_child.push_back(newref(a[1]));
  if (a[2]) after_fork_parent.push_back(newref(a[2]));
  return None;
}

Object* wait_result(pid_t pid, int status) {
  Object* p = int_from_i64(pid);
  Object* s = int_from_i64(status);
  Object* t = p && s ? tuple_pack(2, p, s) : nullptr;
  xdecref(p);
  xdecref(s);
  return t;
}

// waitpid(2), retried after the signal handlers when interrupted.
Object* wait_impl(pid_t pid, int options) {
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, options);
    if (r >= 0) return wait_result(r, r == 0 ? 0 : status);
    if (errno != EINTR) return raise_from_errno(errno);
    if (run_pending_signals() < 0) return nullptr;
  }
}

Object* os_waitpid(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_exact("waitpid", nargs, kwnames, 2)) return nullptr;
  int pid, options;
  if (!arg_int_parsetuple(args[0], &pid) || !arg_int(args[1], &options)) return nullptr;
  return wait_impl(pid, options);
}

Object* os_wait(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.wait", nargs, kwnames, 0, 0)) return nullptr;
  return wait_impl(-1, 0);
}

// The status argument of the W* functions.
bool status_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int* status) {
  static const char* const kw[] = {"status", nullptr};
  Object* a[1] = {};
  return parse_args(fname, args, nargs, kwnames, kw, 1, a) && arg_int(a[0], status);
}

#define FROST_WAIT_MACRO(name, make)                                                    \
  Object* os_##name(Object*, Object* const* args, size_t nargs, Object* kwnames) {     \
    int status;                                                                         \
    if (!status_arg(#name, args, nargs, kwnames, &status)) return nullptr;              \
    return make(name(status));                                                          \
  }
FROST_WAIT_MACRO(WIFEXITED, bool_from)
FROST_WAIT_MACRO(WIFSIGNALED, bool_from)
FROST_WAIT_MACRO(WIFSTOPPED, bool_from)
FROST_WAIT_MACRO(WIFCONTINUED, bool_from)
FROST_WAIT_MACRO(WCOREDUMP, bool_from)
FROST_WAIT_MACRO(WEXITSTATUS, int_from_i64)
FROST_WAIT_MACRO(WTERMSIG, int_from_i64)
FROST_WAIT_MACRO(WSTOPSIG, int_from_i64)
#undef FROST_WAIT_MACRO

Object* os_waitstatus_to_exitcode(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  int status;
  if (!status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &status)) return nullptr;
  if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
  if (WIFSTOPPED(status))
    return raise(&exc::ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
  return raise(&exc::ValueError, "invalid wait status: %d", status);
}

// The argv of execv/execve: a non-empty tuple or list of paths, kept
// alive in `owned` while `out` points into them.
bool exec_argv(const char* fname, Object* seq, std::vector<Object*>* owned, std::vector<char*>* out) {
  if (!is_tuple(seq) && !is_list(seq)) {
    raise(&exc::TypeError, "%s() arg 2 must be a tuple or list", fname);
    return false;
  }
  intptr_t n = is_tuple(seq) ? tuple_size(seq) : list_size(seq);
  if (n == 0) {
    raise(&exc::ValueError, "%s() arg 2 must not be empty", fname);
    return false;
  }
  for (intptr_t i = 0; i < n; i++) {
    Object* item = is_tuple(seq) ? tuple_get(seq, i) : list_get(seq, i);
    Object* p = os_fspath(item);
    const char* text;
    if (!p) return false;
    owned->push_back(p);
    if (!arg_c_text(p, &text)) return false;
    if (i == 0 && !*text) {
      raise(&exc::ValueError, "%s() arg 2 first element cannot be empty", fname);
      return false;
    }
    out->push_back(const_cast<char*>(text));
  }
  out->push_back(nullptr);
  return true;
}

// The "KEY=VALUE" strings of execve's env mapping.
bool exec_env(Object* env, std::vector<std::string>* out) {
  Object* items = call_method_cstr(env, "items", nullptr, 0);
  if (!items) {
    if (error_matches(&exc::AttributeError)) {
      error_clear();
      raise(&exc::TypeError, "execve: environment must be a mapping object");
    }
    return false;
  }
  Object* it = object_iter(items);
  decref(items);
  if (!it) return false;
  bool ok = true;
  while (ok) {
    Object* pair = iter_next(it);
    if (!pair) break;
    Object* t = tuple_from_iterable(pair);
    decref(pair);
    ok = t && tuple_size(t) == 2;
    Object* k = ok ? os_fspath(tuple_get(t, 0)) : nullptr;
    Object* v = k ? os_fspath(tuple_get(t, 1)) : nullptr;
    const char *ks, *vs;
    ok = v && arg_c_text(k, &ks) && arg_c_text(v, &vs);
    if (ok && (!*ks || strchr(ks, '='))) {
      raise(&exc::ValueError, "illegal environment variable name");
      ok = false;
    }
    if (ok) out->push_back(std::string(ks) + "=" + vs);
    xdecref(k);
    xdecref(v);
    xdecref(t);
  }
  decref(it);
  return ok && !error_occurred();
}

// execv(path, argv) / execve(path, argv, env): returns only on failure.
Object* exec_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool with_env) {
  if (!check_args(fname, nargs, kwnames, with_env ? 3 : 2, with_env ? 3 : 2)) return nullptr;
  PathArg path;
  std::vector<Object*> owned;
  std::vector<char*> argv;
  std::vector<std::string> env;
  std::vector<char*> envp;
  bool ok = path_convert(fname, args[0], kPathOnly, &path) && exec_argv(fname, args[1], &owned, &argv) &&
            (!with_env || exec_env(args[2], &env));
  if (ok) {
    for (std::string& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    if (with_env) execve(path.path, argv.data(), envp.data());
    else execv(path.path, argv.data());
    raise_from_errno(errno);
  }
  for (Object* o : owned) decref(o);
  return nullptr;
}

Object* os_execv(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return exec_impl("execv", args, nargs, kwnames, false);
}

Object* os_execve(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return exec_impl("execve", args, nargs, kwnames, true);
}

Object* os_cpu_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.cpu_count", nargs, kwnames, 0, 0)) return nullptr;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n >= 1 ? int_from_i64(n) : None;
}

Object* os_urandom(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("urandom", nargs, kwnames, 1, 1)) return nullptr;
  int64_t n;
  if (!arg_long(args[0], &n)) return nullptr;
  if (n < 0) return raise(&exc::ValueError, "negative argument not allowed");
  Object* out = bytes_alloc(n);
  if (!out) return nullptr;
  char* p = const_cast<char*>(bytes_data(out));
  for (int64_t done = 0; done < n;) {
    ssize_t k = getrandom(p + done, static_cast<size_t>(n - done), 0);
    if (k >= 0) {
      done += k;
      continue;
    }
    if (errno != EINTR) {
      decref(out);
      return raise_from_errno(errno);
    }
    if (run_pending_signals() < 0) {
      decref(out);
      return nullptr;
    }
  }
  return out;
}

Object* os_strerror(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("strerror", nargs, kwnames, 1, 1)) return nullptr;
  int code;
  if (!arg_int(args[0], &code)) return nullptr;
  return str_from_cstr(strerror(code));
}

Object* os_uname(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.uname", nargs, kwnames, 0, 0)) return nullptr;
  struct utsname u;
  if (uname(&u) < 0) return raise_from_errno(errno);
  Object* o = structseq_new(&UnameResultType);
  if (!o) return nullptr;
  const char* fields[] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  for (int i = 0; i < 5; i++) structseq_set(o, i, str_decode_utf8(fields[i], strlen(fields[i]), "surrogateescape"));
  return structseq_finish(o);
}

Object* os_getloadavg(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.getloadavg", nargs, kwnames, 0, 0)) return nullptr;
  double avg[3];
  if (getloadavg(avg, 3) != 3) return raise(&exc::OSError, "Load averages are unobtainable");
  Object* a = float_from_double(avg[0]);
  Object* b = float_from_double(avg[1]);
  Object* c = float_from_double(avg[2]);
  Object* t = a && b && c ? tuple_pack(3, a, b, c) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

MethodDef os_methods[] = {
    {"getpid", os_getpid, 0, "getpid($module, /)\n--\n\nReturn the current process id."},
    {"getppid", os_getppid, 0, "getppid($module, /)\n--\n\nReturn the parent's process id."},
    {"getuid", os_getuid, 0, "getuid($module, /)\n--\n\nReturn the current process's user id."},
    {"geteuid", os_geteuid, 0, "geteuid($module, /)\n--\n\nReturn the current process's effective user id."},
    {"getgid", os_getgid, 0, "getgid($module, /)\n--\n\nReturn the current process's group id."},
    {"getegid", os_getegid, 0, "getegid($module, /)\n--\n\nReturn the current process's effective group id."},
    {"getpgrp", os_getpgrp, 0, "getpgrp($module, /)\n--\n\nReturn the current process group id."},
    {"getpgid", os_getpgid, 0, "getpgid($module, pid, /)\n--\n\nCall the system call getpgid(), and return the result."},
    {"setpgid", os_setpgid, 0, "setpgid($module, pid, pgrp, /)\n--\n\nCall the system call setpgid(pid, pgrp)."},
    {"setsid", os_setsid, 0, "setsid($module, /)\n--\n\nCall the system call setsid()."},
    {"kill", os_kill, 0, "kill($module, pid, signal, /)\n--\n\nKill a process with a signal."},
    {"killpg", os_killpg, 0, "killpg($module, pgid, signal, /)\n--\n\nKill a process group with a signal."},
    {"_exit", os_exit, 0, "_exit($module, /, status)\n--\n\nExit to the system with specified status, without normal exit processing."},
    {"fork", os_fork, 0, "fork($module, /)\n--\n\nFork a child process.\n\nReturn 0 to child process and PID of child to parent process."},
    {"register_at_fork", os_register_at_fork, 0,
     "register_at_fork($module, /, *, before=<unrepresentable>,\n                 after_in_child=<unrepresentable>,\n"
     "                 after_in_parent=<unrepresentable>)\n--\n\nRegister callables to be called when forking a new process."},
    {"wait", os_wait, 0, "wait($module, /)\n--\n\nWait for completion of a child process.\n\nReturns a tuple of information about the child process:\n  (pid, status)"},
    {"waitpid", os_waitpid, 0, "waitpid($module, pid, options, /)\n--\n\nWait for completion of a given child process.\n\nReturns a tuple of information regarding the child process:\n    (pid, status)"},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0, "waitstatus_to_exitcode($module, /, status)\n--\n\nConvert a wait status to an exit code."},
    {"WIFEXITED", os_WIFEXITED, 0, "WIFEXITED($module, /, status)\n--\n\nReturn True if the process returning status exited via the exit() system call."},
    {"WIFSIGNALED", os_WIFSIGNALED, 0, "WIFSIGNALED($module, /, status)\n--\n\nReturn True if the process returning status was terminated by a signal."},
    {"WIFSTOPPED", os_WIFSTOPPED, 0, "WIFSTOPPED($module, /, status)\n--\n\nReturn True if the process returning status was stopped."},
    {"WIFCONTINUED", os_WIFCONTINUED, 0, "WIFCONTINUED($module, /, status)\n--\n\nReturn True if a particular process was continued from a job control stop."},
    {"WCOREDUMP", os_WCOREDUMP, 0, "WCOREDUMP($module, status, /)\n--\n\nReturn True if the process returning status was dumped to a core file."},
    {"WEXITSTATUS", os_WEXITSTATUS, 0, "WEXITSTATUS($module, /, status)\n--\n\nReturn the process return code from status."},
    {"WTERMSIG", os_WTERMSIG, 0, "WTERMSIG($module, /, status)\n--\n\nReturn the signal that terminated the process that provided the status value."},
    {"WSTOPSIG", os_WSTOPSIG, 0, "WSTOPSIG($module, /, status)\n--\n\nReturn the signal that stopped the process that provided the status value."},
    {"execv", os_execv, 0, "execv($module, path, argv, /)\n--\n\nExecute an executable path with arguments, replacing current process."},
    {"execve", os_execve, 0, "execve($module, /, path, argv, env)\n--\n\nExecute an executable path with arguments, replacing current process."},
    {"cpu_count", os_cpu_count, 0, "cpu_count($module, /)\n--\n\nReturn the number of CPUs in the system; return None if indeterminable."},
    {"urandom", os_urandom, 0, "urandom($module, size, /)\n--\n\nReturn a bytes object containing random bytes suitable for cryptographic use."},
    {"strerror", os_strerror, 0, "strerror($module, code, /)\n--\n\nTranslate an error code to a message string."},
    {"uname", os_uname, 0, "uname($module, /)\n--\n\nReturn an object identifying the current operating system."},
    {"getloadavg", os_getloadavg, 0, "getloadavg($module, /)\n--\n\nReturn average recent system load information."},
    {nullptr},
};

int os_exec(Object* m) {
  if (add_functions(m, os_file_methods) < 0 || add_functions(m, os_environ_methods) < 0 ||
      os_files_exec(m) < 0 || os_environ_exec(m) < 0)
    return -1;
  if (structseq_type_init(&UnameResultType, "posix.uname_result", kUnameFields, 5,
                          "uname_result: Result from os.uname().") < 0)
    return -1;
  const std::pair<const char*, int64_t> ints[] = {
      {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
      {"EX_OK", EX_OK},     {"P_PID", P_PID},         {"P_ALL", P_ALL},
  };
  for (auto [name, value] : ints)
    if (module_add_int(m, name, value) < 0) return -1;
  const std::pair<const char*, const char*> strs[] = {
      {"name", "posix"}, {"sep", "/"},     {"linesep", "\n"}, {"devnull", "/dev/null"},
      {"curdir", "."},   {"pardir", ".."}, {"extsep", "."},   {"pathsep", ":"},
      {"defpath", "/bin:/usr/bin"},
  };
  for (auto [name, value] : strs) {
    Object* s = str_from_cstr(value);
    int rc = s ? module_add(m, name, s) : -1;
    xdecref(s);
    if (rc < 0) return -1;
  }
  if (module_add(m, "altsep", None) < 0 || module_add(m, "error", &exc::OSError) < 0) return -1;
  Object* path = import_module("posixpath");
  if (!path) return -1;
  Object* key = str_intern("os.path");
  int rc = module_add(m, "path", path) == 0 && dict_set(import_modules(), key, path) == 0 ? 0 : -1;
  decref(path);
  return rc;
}

ModuleDef os_def = {"os", "OS routines for NT or Posix depending on what system we're on.", os_methods, os_exec};
ModuleRegistrar registrar(&os_def);

}  // namespace

}  // namespace frost
