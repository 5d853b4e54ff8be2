/*
 * io.h — file objects: open(), the standard streams, StringIO/BytesIO
 * (stdlib/io*.cpp).  What the interpreter and other modules call.
 */
#pragma once

#include "vm/object.h"

namespace frost {

// Adds `open` to the builtins module; called once at start-up, after the
// builtins module exists.  0, or -1 with an exception set.
int io_add_builtins(Object* builtins_module);

// Flushes what a process must not lose at exit or duplicate across fork():
// the write buffers of every open file made by open(), then sys.stdout and
// sys.stderr (their `flush()` when a guest replaced them), then C stdio's
// stdout and stderr.  Errors are swallowed.  (Also declared in
// vm/shutdown.h.)  Call it at shutdown and before fork().
void io_flush_std_streams();

// open(file, mode) from C: `file` a str/bytes path or an int fd, `mode` as
// open()'s.  New reference, or null with an exception set.
Object* io_open(Object* file, const char* mode);

// The text stream over the standard fd 0, 1 or 2 (sys.stdin/stdout/stderr):
// its transfers go through C stdio's stdin/stdout/stderr.  New reference.
Object* io_std_stream_new(int fd);

// True if `o` is a text or binary file object that has been closed.
bool io_is_closed_file(Object* o);

}  // namespace frost
