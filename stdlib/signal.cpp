/*
 * signal.cpp — the `signal` module, over the bridge of vm/signals.cpp.
 *
 * A guest handler never runs inside the C signal handler: the C handler
 * only records the signal, and the eval loop calls the guest handler
 * between instructions (or a blocking call does, on EINTR).  signal()
 * records the guest's value so that getsignal() returns the same object;
 * SIG_DFL and SIG_IGN are the plain ints 0 and 1 (CPython's are members of
 * the IntEnum `Handlers` that compare equal to them), and so are the SIG*
 * constants (CPython's `Signals` members).
 *
 * Also: alarm, pause, setitimer/getitimer (ItimerError), raise_signal,
 * strsignal, valid_signals, set_wakeup_fd, siginterrupt, pthread_sigmask,
 * sigpending and sigwait.
 */
#include <sys/stat.h>
#include <sys/time.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>

#include "stdlib/posix_util.h"
#include "stdlib/pyargs.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

TypeObject* ItimerErrorType = nullptr;

// A signal number argument in 1 .. NSIG-1.
bool arg_signum(Object* o, int* out) {
  if (!arg_int(o, out)) return false;
  if (*out < 1 || *out >= NSIG) {
    raise(&exc::ValueError, "signal number out of range");
    return false;
  }
  return true;
}

Object* signal_signal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"signalnum", "handler", nullptr};
  Object* a[2] = {};
  // CPython's signal.signal is a Python function (Lib/signal.py): its messages.
  if (!bind_py_args("signal", args, nargs, kwnames, kw, 2, 2, a)) return nullptr;
  int signum;
  if (!arg_signum(a[0], &signum)) return nullptr;
  Object* handler = a[1];
  bool disposition = false;
  if (is_int(handler)) {
    int eq_dfl = 0, eq_ign = 0;
    Object* dfl = int_from_i64(kSigDfl);
    Object* ign = int_from_i64(kSigIgn);
    eq_dfl = object_eq(handler, dfl);
    eq_ign = eq_dfl == 1 ? 0 : object_eq(handler, ign);
    decref(dfl);
    decref(ign);
    if (eq_dfl < 0 || eq_ign < 0) return nullptr;
    disposition = eq_dfl || eq_ign;
  }
  if (!disposition && !is_callable(handler))
    return raise(&exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  Object* old = signal_guest_handler(signum);
  if (signal_set_guest_handler(signum, handler) < 0) {
    decref(old);
    return raise_from_errno(errno);
  }
  return old;
}

Object* signal_getsignal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"signalnum", nullptr};
  Object* a[1] = {};
  if (!bind_py_args("getsignal", args, nargs, kwnames, kw, 1, 1, a)) return nullptr;
  int signum;
  if (!arg_signum(a[0], &signum)) return nullptr;
  return signal_guest_handler(signum);
}

Object* signal_alarm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("alarm", nargs, kwnames, 1, 1)) return nullptr;
  int seconds;
  if (!arg_int(args[0], &seconds)) return nullptr;
  return int_from_i64(alarm(static_cast<unsigned>(seconds)));
}

Object* signal_pause(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("signal.pause", nargs, kwnames, 0, 0)) return nullptr;
  pause();
  if (run_pending_signals() < 0) return nullptr;
  return None;
}

Object* signal_raise_signal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("raise_signal", nargs, kwnames, 1, 1)) return nullptr;
  int signum;  // not range-checked: raise(0) succeeds, raise(1000) is EINVAL
  if (!arg_int(args[0], &signum)) return nullptr;
  if (::raise(signum) != 0) return raise_from_errno(errno);
  if (run_pending_signals() < 0) return nullptr;
  return None;
}

Object* signal_strsignal(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("strsignal", nargs, kwnames, 1, 1)) return nullptr;
  int signum;
  if (!arg_signum(args[0], &signum)) return nullptr;
  const char* s = strsignal(signum);
  if (!s || strstr(s, "Unknown signal")) return None;
  return str_from_cstr(s);
}

// The signals of `set` as a Python set of ints.
Object* set_from_sigset(const sigset_t* set) {
  Object* out = set_new(nullptr);
  for (int s = 1; out && s < NSIG; s++) {
    if (sigismember(set, s) != 1) continue;
    Object* n = int_from_i64(s);
    if (!n || set_add(out, n) < 0) clearref(&out);
    xdecref(n);
  }
  return out;
}

// An iterable of signal numbers into `set`.
bool sigset_from_iterable(Object* it, sigset_t* set) {
  sigemptyset(set);
  Object* iter = object_iter(it);
  if (!iter) return false;
  while (Object* item = iter_next(iter)) {
    int s;
    bool ok = arg_int(item, &s);
    decref(item);
    if (ok && (s < 1 || s >= NSIG)) {
      raise(&exc::ValueError, "signal number %d out of range [1; %d]", s, NSIG - 1);
      ok = false;
    }
    if (!ok) {
      decref(iter);
      return false;
    }
    sigaddset(set, s);
  }
  decref(iter);
  return !error_occurred();
}

Object* signal_valid_signals(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("valid_signals", nargs, kwnames, 0, 0)) return nullptr;
  sigset_t set;
  sigfillset(&set);
  return set_from_sigset(&set);
}

Object* signal_pthread_sigmask(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pthread_sigmask", nargs, kwnames, 2, 2)) return nullptr;
  int how;
  sigset_t set, old;
  if (!arg_int(args[0], &how) || !sigset_from_iterable(args[1], &set)) return nullptr;
  if (int err = pthread_sigmask(how, &set, &old)) return raise_from_errno(err);
  // Unblocking may deliver signals at once: run their handlers now.
  if (run_pending_signals() < 0) return nullptr;
  return set_from_sigset(&old);
}

Object* signal_sigpending(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("sigpending", nargs, kwnames, 0, 0)) return nullptr;
  sigset_t set;
  if (sigpending(&set) < 0) return raise_from_errno(errno);
  return set_from_sigset(&set);
}

Object* signal_sigwait(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("sigwait", nargs, kwnames, 1, 1)) return nullptr;
  sigset_t set;
  if (!sigset_from_iterable(args[0], &set)) return nullptr;
  int signum;
  if (int err = sigwait(&set, &signum)) return raise_from_errno(err);
  return int_from_i64(signum);
}

Object* signal_siginterrupt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("siginterrupt", nargs, kwnames, 2, 2)) return nullptr;
  int signum, flag;
  if (!arg_signum(args[0], &signum) || !arg_int(args[1], &flag)) return nullptr;
  struct sigaction sa;
  if (sigaction(signum, nullptr, &sa) < 0) return raise_from_errno(errno);
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  if (sigaction(signum, &sa, nullptr) < 0) return raise_from_errno(errno);
  return None;
}

Object* signal_set_wakeup_fd_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"fd", "warn_on_full_buffer", nullptr};
  Object* a[2] = {};
  if (!parse_args("set_wakeup_fd", args, nargs, kwnames, kw, 1, a, 1)) return nullptr;
  int fd;
  if (!arg_int(a[0], &fd)) return nullptr;
  if (fd != -1) {
    struct stat st;
    if (fstat(fd, &st) < 0) return raise_from_errno(errno);
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return raise_from_errno(errno);
    if (!(flags & O_NONBLOCK)) return raise(&exc::ValueError, "the fd %d must be in non-blocking mode", fd);
  }
  return int_from_i64(signal_set_wakeup_fd(fd));
}

// ---- interval timers ------------------------------------------------------------------------------

Object* itimer_tuple(const struct itimerval& v) {
  Object* delay = float_from_double(static_cast<double>(v.it_value.tv_sec) + v.it_value.tv_usec * 1e-6);
  Object* interval = float_from_double(static_cast<double>(v.it_interval.tv_sec) + v.it_interval.tv_usec * 1e-6);
  Object* t = delay && interval ? tuple_pack(2, delay, interval) : nullptr;
  xdecref(delay);
  xdecref(interval);
  return t;
}

// Seconds (int or float) to a timeval rounded up to the microsecond.
bool timeval_from_object(Object* o, struct timeval* tv) {
  int64_t ns;
  if (!seconds_to_ns(o, &ns)) return false;
  int64_t us = ns >= 0 ? (ns + 999) / 1000 : -((-ns) / 1000);
  tv->tv_sec = static_cast<time_t>(us / 1000000);
  tv->tv_usec = static_cast<suseconds_t>(us % 1000000);
  if (tv->tv_usec < 0) {
    tv->tv_usec += 1000000;
    tv->tv_sec -= 1;
  }
  return true;
}

Object* signal_setitimer(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setitimer", nargs, kwnames, 2, 3)) return nullptr;
  int which;
  struct itimerval nv = {}, old;
  if (!arg_int(args[0], &which) || !timeval_from_object(args[1], &nv.it_value)) return nullptr;
  if (nargs == 3 && !timeval_from_object(args[2], &nv.it_interval)) return nullptr;
  if (setitimer(static_cast<__itimer_which>(which), &nv, &old) < 0) return raise_errno_as(ItimerErrorType, errno);
  return itimer_tuple(old);
}

Object* signal_getitimer(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getitimer", nargs, kwnames, 1, 1)) return nullptr;
  int which;
  if (!arg_int(args[0], &which)) return nullptr;
  struct itimerval v;
  if (getitimer(static_cast<__itimer_which>(which), &v) < 0) return raise_errno_as(ItimerErrorType, errno);
  return itimer_tuple(v);
}

MethodDef signal_methods[] = {
    {"signal", signal_signal, 0,
     "signal($module, signalnum, handler, /)\n--\n\nSet the action for the given signal.\n\n"
     "The action can be SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned."},
    {"getsignal", signal_getsignal, 0,
     "getsignal($module, signalnum, /)\n--\n\nReturn the current action for the given signal."},
    {"alarm", signal_alarm, 0, "alarm($module, seconds, /)\n--\n\nArrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", signal_pause, 0, "pause($module, /)\n--\n\nWait until a signal arrives."},
    {"raise_signal", signal_raise_signal, 0, "raise_signal($module, signalnum, /)\n--\n\nSend a signal to the executing process."},
    {"strsignal", signal_strsignal, 0,
     "strsignal($module, signalnum, /)\n--\n\nReturn the system description of the given signal, or None."},
    {"valid_signals", signal_valid_signals, 0,
     "valid_signals($module, /)\n--\n\nReturn a set of valid signal numbers on this platform."},
    {"pthread_sigmask", signal_pthread_sigmask, 0,
     "pthread_sigmask($module, how, mask, /)\n--\n\nFetch and/or change the signal mask of the calling thread."},
    {"sigpending", signal_sigpending, 0, "sigpending($module, /)\n--\n\nExamine pending signals."},
    {"sigwait", signal_sigwait, 0, "sigwait($module, sigset, /)\n--\n\nWait for a signal."},
    {"siginterrupt", signal_siginterrupt, 0,
     "siginterrupt($module, signalnum, flag, /)\n--\n\nChange system call restart behaviour."},
    {"set_wakeup_fd", signal_set_wakeup_fd_fn, 0,
     "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\nSets the fd to be written to (with the signal "
     "number) when a signal comes in."},
    {"setitimer", signal_setitimer, 0,
     "setitimer($module, which, seconds, interval=0.0, /)\n--\n\nSets given itimer (one of ITIMER_REAL, "
     "ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", signal_getitimer, 0, "getitimer($module, which, /)\n--\n\nReturns current value of given itimer."},
    {nullptr},
};

#define FROST_SIGNAL_NAMES(X)                                                                          \
  X(SIGHUP) X(SIGINT) X(SIGQUIT) X(SIGILL) X(SIGTRAP) X(SIGABRT) X(SIGIOT) X(SIGBUS) X(SIGFPE)           \
  X(SIGKILL) X(SIGUSR1) X(SIGSEGV) X(SIGUSR2) X(SIGPIPE) X(SIGALRM) X(SIGTERM) X(SIGSTKFLT) X(SIGCHLD)  \
  X(SIGCLD) X(SIGCONT) X(SIGSTOP) X(SIGTSTP) X(SIGTTIN) X(SIGTTOU) X(SIGURG) X(SIGXCPU) X(SIGXFSZ)      \
  X(SIGVTALRM) X(SIGPROF) X(SIGWINCH) X(SIGIO) X(SIGPOLL) X(SIGPWR) X(SIGSYS) X(SIGRTMIN) X(SIGRTMAX) \
  X(SIG_BLOCK) X(SIG_UNBLOCK) X(SIG_SETMASK) X(ITIMER_REAL) X(ITIMER_VIRTUAL) X(ITIMER_PROF) X(NSIG)

int signal_exec(Object* m) {
#define FROST_ADD_SIGNAL(n) \
  if (module_add_int(m, #n, n) < 0) return -1;
  FROST_SIGNAL_NAMES(FROST_ADD_SIGNAL)
#undef FROST_ADD_SIGNAL
  if (module_add_int(m, "SIG_DFL", kSigDfl) < 0 || module_add_int(m, "SIG_IGN", kSigIgn) < 0 ||
      module_add(m, "default_int_handler", signal_default_int_handler()) < 0)
    return -1;
  if (!ItimerErrorType) {
    ItimerErrorType = new_exception_class("signal", "itimer_error", &exc::OSError);
    if (!ItimerErrorType) return -1;
  }
  return module_add(m, "ItimerError", ItimerErrorType);
}

ModuleDef signal_def = {"signal", "This module provides mechanisms to use signal handlers in Python.",
                        signal_methods, signal_exec};
ModuleRegistrar registrar(&signal_def);

}  // namespace

}  // namespace frost
