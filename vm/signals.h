/*
 * signals.h — the bridge between POSIX signals and guest code (vm/signals.cpp).
 * The `signal` module (stdlib/signal.cpp) registers guest handlers through
 * it; blocking calls (time.sleep, os.read, socket I/O, select) call
 * run_pending_signals() when a system call fails with EINTR and retry it
 * unless a handler raised (PEP 475).
 */
#pragma once

#include "vm/object.h"

namespace frost {

// The guest values of SIG_DFL and SIG_IGN: the ints 0 and 1, as CPython's.
constexpr int kSigDfl = 0;
constexpr int kSigIgn = 1;

// Installs frost's SIGINT handler (KeyboardInterrupt) and ignores SIGPIPE.
void signals_install_default();
// Sets the disposition of `signum` (1 .. NSIG-1) from a guest value
// (borrowed): the int SIG_DFL or SIG_IGN, or a callable that
// run_pending_signals calls with (signum, None).  Null restores frost's
// start-up disposition (SIGINT raises KeyboardInterrupt, others SIG_DFL).
// Returns -1 with errno set if sigaction fails (EINVAL for SIGKILL/SIGSTOP);
// the handler is then unchanged.
int signal_set_guest_handler(int signum, Object* handler);
// What signal.getsignal(signum) answers: the guest value set last or, when
// none was, default_int_handler for SIGINT and otherwise SIG_DFL, SIG_IGN
// or None after the process's current disposition.  New reference.
Object* signal_guest_handler(int signum);
// signal.default_int_handler (borrowed; created on first use).
Object* signal_default_int_handler();
// Runs the handlers of signals that arrived; -1 if one raised (the signals
// still pending then run at the next check).
int run_pending_signals();
// In a child after fork(): forgets the signals that arrived in the parent,
// whose handlers the parent runs.
void signals_after_fork_child();
// signal.set_wakeup_fd: the fd that receives one byte (the signal number)
// per signal caught, or -1.  Returns the previous one.
int signal_set_wakeup_fd(int fd);

}  // namespace frost
