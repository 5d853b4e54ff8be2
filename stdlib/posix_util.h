/*
 * posix_util.h — what the system modules (os, time, signal, select, socket,
 * resource, memory) share: CPython's argument converters for C integers
 * and file descriptors, the monotonic clock, and waiting on one fd with a
 * deadline while running signal handlers (PEP 475).  stdlib/posix_util.cpp.
 */
#pragma once

#include <poll.h>

#include <cstdint>

#include "vm/type.h"

namespace frost {

// An int (or __index__ object) that fits a C int, as Argument Clinic's int
// converter: TypeError "'str' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C int".
bool arg_int(Object* o, int* out);
// The same with the messages of PyArg_ParseTuple's "i" (and of pid_t
// arguments): OverflowError "signed integer is greater than maximum" /
// "... less than minimum".
bool arg_int_parsetuple(Object* o, int* out);
// The same for a C long (OverflowError "... to convert to C long").
bool arg_long(Object* o, int64_t* out);
// CPython's PyObject_AsFileDescriptor: an int or an object whose fileno()
// returns one; ValueError for a negative descriptor.
bool arg_fileno(Object* o, int* out);
// A path/name argument as C text: a str (UTF-8) or bytes, without NUL
// bytes ("embedded null byte").  *out stays valid while `o` lives.  False
// with no exception set when `o` is neither.
bool arg_c_text(Object* o, const char** out);

// A new exception class `module.name` deriving from `base` (as CPython's
// PyErr_NewException), or null with an exception set.
TypeObject* new_exception_class(const char* module, const char* name, TypeObject* base);
// Raises `type(err, strerror(err))` — an OSError subclass that keeps its
// own type whatever the errno (signal.ItimerError).  Returns null.
Object* raise_errno_as(TypeObject* type, int err);

// Adds the functions of `defs` to module `m`, as module_from_def does for
// the ModuleDef's own table (a module whose functions live in several
// files).  -1 on error.
int add_functions(Object* m, MethodDef* defs);

// Reads of up to `n` bytes that become a bytes object (os.read, recv)
// without allocating twice: small reads land in a reusable scratch buffer
// and are copied into an exact-size bytes; large ones go straight into a
// bytes object, copied only when the read comes up short.
//   BytesReader r;  if (!r.begin(n)) return nullptr;
//   k = read(fd, r.data(), n);  ...  return r.finish(k);   (or r.abandon())
// Call data() again before each retry: a signal handler run in between may
// have read through the scratch buffer itself and moved it.
class BytesReader {
 public:
  bool begin(size_t n);   // false with MemoryError set
  char* data();
  Object* finish(size_t k);  // the first k bytes as a new bytes object
  void abandon();
  ~BytesReader() { abandon(); }

 private:
  Object* big_ = nullptr;
  size_t n_ = 0;
};

// The monotonic clock (CLOCK_MONOTONIC) in nanoseconds.
int64_t monotonic_ns();
// A duration in seconds from an int or float (ValueError for NaN) to
// nanoseconds, saturating; false with an exception set otherwise, the
// TypeError of `arg_long` for other types.
bool seconds_to_ns(Object* o, int64_t* out);
// The deadline `timeout_ns` from now; -1 (no deadline) stays -1.
int64_t deadline_after(int64_t timeout_ns);
// Nanoseconds left until `deadline` (>= 0), or -1 for no deadline.
int64_t time_left(int64_t deadline);

// Waits until `fd` is readable (or writable), or until `deadline`
// (monotonic ns; -1 waits forever) passes, running the signal handlers
// when a signal interrupts the wait.  Returns 1 when ready (error and
// hang-up conditions count as ready: the next call reports them), 0 on
// timeout, -1 with an exception set when a handler raised or poll failed.
int wait_for_fd(int fd, bool writing, int64_t deadline);

// Calls ppoll on `fds` until it answers, retrying after signal handlers
// with the time that remains.  The count of ready fds, 0 on timeout, -1
// with an exception set.
int poll_retrying(pollfd* fds, unsigned long nfds, int64_t deadline);

}  // namespace frost
