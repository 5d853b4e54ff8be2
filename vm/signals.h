/*
 * signals.h — the bridge between POSIX signals and guest code (vm/signals.cpp).
 * The `signal` module (stdlib) registers guest handlers through it.
 */
#pragma once

#include "vm/object.h"

namespace frost {

// Installs frost's SIGINT handler (KeyboardInterrupt) and ignores SIGPIPE.
void signals_install_default();
// Routes `signum` to the guest callable `handler` (borrowed; null resets to
// frost's default).  Returns -1 with errno set if sigaction fails.
int signal_set_guest_handler(int signum, Object* handler);
// The guest handler for `signum`, borrowed, or null.
Object* signal_guest_handler(int signum);
// Runs the handlers of signals that arrived; -1 if one raised.
int run_pending_signals();

}  // namespace frost
