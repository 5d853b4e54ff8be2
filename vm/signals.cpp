/*
 * signals.cpp — signals arrive as flags; handlers run between instructions.
 *
 * The C-level handler (`trip`) only marks the signal pending, sets
 * eval_breaker and, if the guest asked for one, writes the signal number to
 * the wakeup fd — all async-signal-safe.  The eval loop, seeing
 * eval_breaker at a backward jump or after a call, runs
 * run_pending_signals: the guest handler registered for the signal is
 * called with (signum, None); SIGINT without one raises KeyboardInterrupt,
 * as Python's default_int_handler does.  Blocking system calls see EINTR
 * (handlers are installed without SA_RESTART, as CPython's), run the
 * handlers through the same function and retry (PEP 475).
 *
 * The table `guest_handlers` holds what the guest set, so that
 * signal.getsignal returns the very object: a callable, or the ints
 * SIG_DFL/SIG_IGN whose dispositions the kernel applies itself.
 */
#include "vm/signals.h"

#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

namespace {

volatile sig_atomic_t pending[NSIG];
volatile sig_atomic_t wakeup_fd = -1;
Object* guest_handlers[NSIG];   // owned; null: never set by the guest
Object* default_int_handler_fn = nullptr;

void trip(int signum) {
  pending[signum] = 1;
  eval_breaker = 1;
  if (wakeup_fd >= 0) {
    int saved = errno;
    unsigned char byte = static_cast<unsigned char>(signum);
    ssize_t r = write(wakeup_fd, &byte, 1);
    (void)r;  // a full pipe loses the byte; the flag is still set
    errno = saved;
  }
}

int install(int signum, void (*action)(int)) {
  struct sigaction sa {};
  sa.sa_handler = action;
  sigemptyset(&sa.sa_mask);
  return sigaction(signum, &sa, nullptr);
}

// The int value of SIG_DFL/SIG_IGN if `h` is one, else -1.
int disposition_value(Object* h) {
  if (h && is_int(h) && int_is_small(h)) {
    int64_t v = int_small_value(h);
    if (v == kSigDfl || v == kSigIgn) return static_cast<int>(v);
  }
  return -1;
}

Object* default_int_handler(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("default_int_handler", nargs, kwnames, 2, 2)) return nullptr;
  return raise_with(&exc::KeyboardInterrupt, nullptr);
}

MethodDef default_int_handler_def = {
    "default_int_handler", default_int_handler, 0,
    "default_int_handler($module, signalnum, frame, /)\n--\n\nThe default handler for SIGINT installed by Python.\n\n"
    "It raises KeyboardInterrupt."};

}  // namespace

void signals_install_default() {
  install(SIGINT, trip);
  // A server writing to a closed socket gets EPIPE (BrokenPipeError), as in CPython.
  signal(SIGPIPE, SIG_IGN);
}

int signal_set_guest_handler(int signum, Object* handler) {
  if (signum <= 0 || signum >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  void (*action)(int) = trip;
  switch (disposition_value(handler)) {
    case kSigDfl: action = SIG_DFL; break;
    case kSigIgn: action = SIG_IGN; break;
    default:
      if (!handler && signum != SIGINT) action = SIG_DFL;
      break;
  }
  if (install(signum, action) < 0) return -1;
  setref(&guest_handlers[signum], xnewref(handler));
  return 0;
}

Object* signal_guest_handler(int signum) {
  if (signum <= 0 || signum >= NSIG) return newref(None);
  if (Object* h = guest_handlers[signum]) return newref(h);
  if (signum == SIGINT) return newref(signal_default_int_handler());
  struct sigaction old {};
  sigaction(signum, nullptr, &old);
  if (old.sa_handler == SIG_DFL) return int_from_i64(kSigDfl);
  if (old.sa_handler == SIG_IGN) return int_from_i64(kSigIgn);
  return newref(None);
}

Object* signal_default_int_handler() {
  if (!default_int_handler_fn) {
    Object* module = str_intern("_signal");
    default_int_handler_fn = native_function_new(&default_int_handler_def, nullptr, module);
    make_immortal(default_int_handler_fn);
  }
  return default_int_handler_fn;
}

int run_pending_signals() {
  eval_breaker = 0;
  for (int s = 1; s < NSIG; s++) {
    if (!pending[s]) continue;
    pending[s] = 0;
    Object* h = guest_handlers[s];
    if (!h) {
      if (s != SIGINT) continue;
      h = signal_default_int_handler();
    } else if (disposition_value(h) >= 0) {
      continue;  // arrived before the switch to SIG_DFL/SIG_IGN
    }
    Object* num = int_from_i64(s);
    incref(h);  // the handler may replace itself
    Object* r = call2(h, num, None);
    decref(h);
    decref(num);
    if (!r) {
      for (int t = s + 1; t < NSIG; t++)
        if (pending[t]) eval_breaker = 1;
      return -1;
    }
    decref(r);
  }
  return 0;
}

void signals_after_fork_child() {
  for (int s = 1; s < NSIG; s++) pending[s] = 0;
  eval_breaker = 0;
}

int signal_set_wakeup_fd(int fd) {
  int old = wakeup_fd;
  wakeup_fd = fd;
  return old;
}

}  // namespace frost
