/*
 * shutdown.h — what a normal exit does (DESIGN.md invariant 6): run the
 * atexit handlers, flush the standard streams, and leave the heap to the
 * operating system.
 */
#pragma once

namespace frost {

// Runs the atexit handlers (last registered first), printing and swallowing
// their exceptions.  Returns the exit status a SystemExit raised by a handler
// asks for, or -1 if none did.
int atexit_run_handlers();
// Flushes sys.stdout and sys.stderr (stdlib/io.cpp).
void io_flush_std_streams();
// Sets sys.argv (stdlib/sys.cpp).
void sys_set_argv(int argc, char** argv);

}  // namespace frost
