/*
 * signals.cpp — signals arrive as flags; handlers run between instructions.
 *
 * The C-level handler only marks the signal pending and sets eval_breaker
 * (async-signal-safe).  The eval loop, seeing eval_breaker at a backward jump
 * or after a call, runs run_pending_signals: a guest handler registered for
 * the signal is called with (signum, None); SIGINT without one raises
 * KeyboardInterrupt, as Python's default_int_handler does.
 */
#include "vm/signals.h"

#include <csignal>

#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/ops.h"
#include "vm/types/int.h"

namespace frost {

namespace {

volatile sig_atomic_t pending[NSIG];
Object* guest_handlers[NSIG];   // owned; null: the default action of frost

void trip(int signum) {
  pending[signum] = 1;
  eval_breaker = 1;
}

}  // namespace

void signals_install_default() {
  struct sigaction sa {};
  sa.sa_handler = trip;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  // A server writing to a closed socket gets EPIPE (BrokenPipeError), as in CPython.
  signal(SIGPIPE, SIG_IGN);
}

int signal_set_guest_handler(int signum, Object* handler) {
  if (signum <= 0 || signum >= NSIG) return -1;
  setref(&guest_handlers[signum], xnewref(handler));
  struct sigaction sa {};
  sa.sa_handler = trip;
  sigemptyset(&sa.sa_mask);
  return sigaction(signum, &sa, nullptr);
}

Object* signal_guest_handler(int signum) {
  return signum > 0 && signum < NSIG ? guest_handlers[signum] : nullptr;
}

int run_pending_signals() {
  eval_breaker = 0;
  for (int s = 1; s < NSIG; s++) {
    if (!pending[s]) continue;
    pending[s] = 0;
    Object* h = guest_handlers[s];
    if (!h) {
      if (s == SIGINT) {
        raise_with(&exc::KeyboardInterrupt, nullptr);
        return -1;
      }
      continue;
    }
    Object* num = int_from_i64(s);
    Object* r = call2(h, num, None);
    decref(num);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

}  // namespace frost
