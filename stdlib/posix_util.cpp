/*
 * posix_util.cpp — the converters and waiting helpers the system modules
 * share (stdlib/posix_util.h).
 *
 * Waiting is ppoll(2) with a nanosecond timeout computed from a monotonic
 * deadline, so that a wait interrupted by a signal resumes with the time
 * that remains rather than restarting the full timeout (PEP 475).
 */
#include "stdlib/posix_util.h"

#include <poll.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>

#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/slots.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

// operator.index(o) as int64: false with TypeError, or OverflowError
// naming `ctype` when it does not fit.
bool index_i64(Object* o, int64_t* out, const char* ctype) {
  if (is_int(o) && int_is_small(o)) {
    *out = int_small_value(o);
    return true;
  }
  Object* v = number_index(o);
  if (!v) return false;
  bool ok = int_as_i64(v, out);
  decref(v);
  if (!ok) {
    error_clear();
    raise(&exc::OverflowError, "Python int too large to convert to C %s", ctype);
  }
  return ok;
}

}  // namespace

bool arg_int(Object* o, int* out) {
  int64_t v;
  if (!index_i64(o, &v, "int")) return false;
  if (v < INT32_MIN || v > INT32_MAX) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

bool arg_int_parsetuple(Object* o, int* out) {
  int64_t v;
  if (is_int(o) && int_is_small(o)) {
    v = int_small_value(o);
  } else {
    Object* i = number_index(o);
    if (!i) return false;
    if (!int_as_i64(i, &v)) {
      error_clear();
      v = int_sign(i) > 0 ? INT64_MAX : INT64_MIN;
    }
    decref(i);
  }
  if (v < INT32_MIN || v > INT32_MAX) {
    raise(&exc::OverflowError, "signed integer is %s", v > 0 ? "greater than maximum" : "less than minimum");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

bool arg_long(Object* o, int64_t* out) { return index_i64(o, out, "long"); }

bool arg_fileno(Object* o, int* out) {
  int fd;
  if (is_int(o)) {
    if (!arg_int(o, &fd)) return false;
  } else {
    bool found;
    Object* meth = object_getattr_opt(o, names::fileno, &found);
    if (!meth) {
      if (!error_occurred())
        raise(&exc::TypeError, "argument must be an int, or have a fileno() method.");
      return false;
    }
    Object* r = call0(meth);
    decref(meth);
    if (!r) return false;
    bool ok = is_int(r);
    if (!ok) raise(&exc::TypeError, "fileno() returned a non-integer");
    else ok = arg_int(r, &fd);
    decref(r);
    if (!ok) return false;
  }
  if (fd < 0) {
    raise(&exc::ValueError, "file descriptor cannot be a negative integer (%d)", fd);
    return false;
  }
  *out = fd;
  return true;
}

bool arg_c_text(Object* o, const char** out) {
  const char* p;
  size_t n;
  if (is_str(o)) {
    p = str_data(o);
    n = static_cast<size_t>(str_size(o));
  } else if (is_bytes(o)) {
    p = bytes_data(o);
    n = static_cast<size_t>(bytes_size(o));
  } else {
    return false;
  }
  if (memchr(p, '\0', n)) {
    raise(&exc::ValueError, "embedded null byte");
    return false;
  }
  *out = p;
  return true;
}

TypeObject* new_exception_class(const char* module, const char* name, TypeObject* base) {
  Object* n = str_from_cstr(name);
  Object* mod = str_from_cstr(module);
  Object* ns = dict_new();
  Object* bases = tuple_pack(1, base);
  Object* cls = nullptr;
  if (n && mod && ns && bases && dict_set(ns, names::__module__, mod) == 0)
    cls = type_new_class(&TypeType, n, bases, ns, nullptr);
  for (Object* o : {n, mod, ns, bases}) xdecref(o);
  return static_cast<TypeObject*>(cls);
}

Object* raise_errno_as(TypeObject* type, int err) {
  Object* code = int_from_i64(err);
  Object* text = str_from_cstr(strerror(err));
  Object* args = code && text ? tuple_pack(2, code, text) : nullptr;
  xdecref(code);
  xdecref(text);
  if (!args) return nullptr;
  Object* e = exception_new(type, args);
  decref(args);
  if (e) error_restore(e);
  return nullptr;
}

int add_functions(Object* m, MethodDef* defs) {
  Object* name = object_getattr(m, names::__name__);
  if (!name) return -1;
  int rc = 0;
  for (MethodDef* md = defs; rc == 0 && md->name; md++) {
    Object* f = native_function_new(md, m, name);
    rc = f ? module_add(m, md->name, f) : -1;
    xdecref(f);
  }
  decref(name);
  return rc;
}

namespace {

constexpr size_t kScratchMax = 256 * 1024;  // larger reads allocate their bytes directly
char* scratch = nullptr;
size_t scratch_size = 0;

}  // namespace

bool BytesReader::begin(size_t n) {
  n_ = n;
  if (n > kScratchMax) {
    big_ = bytes_alloc(static_cast<intptr_t>(n));
    return big_ != nullptr;
  }
  if (n > scratch_size) {
    size_t want = n < 16384 ? 16384 : n;
    char* p = static_cast<char*>(mem_realloc(scratch, want));
    if (!p) {
      raise_no_memory();
      return false;
    }
    scratch = p;
    scratch_size = want;
  }
  return true;
}

char* BytesReader::data() { return big_ ? const_cast<char*>(bytes_data(big_)) : scratch; }

Object* BytesReader::finish(size_t k) {
  if (!big_) return bytes_from(scratch, k);
  Object* out = k == n_ ? big_ : bytes_from(bytes_data(big_), k);
  if (out != big_) decref(big_);
  big_ = nullptr;
  return out;
}

void BytesReader::abandon() { clearref(&big_); }

int64_t monotonic_ns() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool seconds_to_ns(Object* o, int64_t* out) {
  if (is_float(o)) {
    double d = float_value(o);
    if (std::isnan(d)) {
      raise(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double ns = d * 1e9;
    if (!(ns < 9.2e18 && ns > -9.2e18)) {
      raise(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
      return false;
    }
    // Rounded up, as CPython's timeouts: never wake before the time asked.
    *out = static_cast<int64_t>(std::ceil(ns));
    return true;
  }
  int64_t s;
  if (!arg_long(o, &s)) return false;
  if (s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000) {
    raise(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  *out = s * 1000000000;
  return true;
}

int64_t deadline_after(int64_t timeout_ns) {
  if (timeout_ns < 0) return -1;
  int64_t now = monotonic_ns();
  return timeout_ns > INT64_MAX - now ? INT64_MAX : now + timeout_ns;
}

int64_t time_left(int64_t deadline) {
  if (deadline < 0) return -1;
  int64_t left = deadline - monotonic_ns();
  return left > 0 ? left : 0;
}

int poll_retrying(struct pollfd* fds, unsigned long nfds, int64_t deadline) {
  for (;;) {
    int64_t left = time_left(deadline);
    struct timespec ts, *tsp = nullptr;
    if (left >= 0) {
      ts.tv_sec = static_cast<time_t>(left / 1000000000);
      ts.tv_nsec = static_cast<long>(left % 1000000000);
      tsp = &ts;
    }
    int n = ppoll(fds, nfds, tsp, nullptr);
    if (n >= 0) return n;
    if (errno != EINTR) {
      raise_from_errno(errno);
      return -1;
    }
    if (run_pending_signals() < 0) return -1;
  }
}

int wait_for_fd(int fd, bool writing, int64_t deadline) {
  struct pollfd p = {fd, static_cast<short>(writing ? POLLOUT : POLLIN), 0};
  int n = poll_retrying(&p, 1, deadline);
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

}  // namespace frost
