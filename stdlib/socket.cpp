/*
 * socket.cpp — the socket.socket type: a file descriptor plus its family,
 * type, protocol and timeout, with CPython 3.11's methods and messages.
 *
 * Every operation goes through sock_call: the system call is tried at
 * once (for a server, data is usually waiting); when it would block and
 * the socket has a timeout, poll() waits for readiness until the deadline
 * (TimeoutError "timed out") and the call is retried; a signal runs the
 * handlers and retries (PEP 475).  sendall's deadline covers the whole
 * transfer, as CPython's since 3.5.  recv allocates only its result
 * (posix_util's BytesReader); send and recv_into re-read their buffer at
 * each attempt, since a signal handler run in between may resize a
 * bytearray.
 *
 * Descriptors are created non-inheritable (SOCK_CLOEXEC, accept4), a
 * socket closes its fd when deallocated, and a closed socket (fd -1) makes
 * the system calls fail with EBADF, as CPython's.  makefile() wraps a dup
 * of the fd in a file of the io layer, so the file and the socket close
 * independently, as CPython's reference-counted SocketIO does.
 */
#include "stdlib/socket_impl.h"

#include <fcntl.h>
#include <netinet/tcp.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "stdlib/io.h"
#include "stdlib/posix_util.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/bytes.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject SocketType;

namespace {

// "not yet computed": the deadline of a call starts at its first wait.
constexpr int64_t kNoDeadlineYet = -2;

// Runs `op` (a system call returning >= 0, or -1 with errno) under the
// socket's timeout rules.  `*deadline` starts as kNoDeadlineYet and is
// shared by the calls of one operation (sendall).  Returns op's result,
// or -1 with an exception set.
template <typename Op>
ssize_t sock_call(SocketObject* s, bool writing, int64_t* deadline, Op op) {
  for (;;) {
    ssize_t r = op();
    if (r >= 0) return r;
    int err = errno;
    if (err == EINTR) {
      if (run_pending_signals() < 0) return -1;
      continue;
    }
    if ((err == EAGAIN || err == EWOULDBLOCK) && s->timeout_ns > 0 && s->fd >= 0) {
      if (*deadline == kNoDeadlineYet) *deadline = deadline_after(s->timeout_ns);
      int w = wait_for_fd(s->fd, writing, *deadline);
      if (w < 0) return -1;
      if (w == 0) {
        raise_timed_out();
        return -1;
      }
      continue;
    }
    raise_from_errno(err);
    return -1;
  }
}

// PyArg_ParseTuple's arity check: "listen() takes at most 1 argument (2 given)".
bool check_arity(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max) {
  if (kwnames && tuple_size(kwnames)) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  size_t bound = nargs < min ? min : max;
  raise(&exc::TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
        min == max ? "exactly" : nargs < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", nargs);
  return false;
}

// An int argument with CPython's "i" converter.
bool int_arg(Object* o, int* out) { return arg_int(o, out); }

// A flags argument: absent is 0.
bool flags_arg(Object* const* args, size_t nargs, size_t i, int* out) {
  *out = 0;
  return nargs <= i || int_arg(args[i], out);
}

// The contents of a bytes-like argument, or TypeError.
bool data_arg(Object* o, std::string_view* out) {
  if (bytes_like_view(o, out)) return true;
  raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(o));
  return false;
}

// ---- creation -------------------------------------------------------------------------------------

Object* sock_new(TypeObject* type, Object* const*, size_t, Object*) {
  Object* o = var_object_alloc(type, 0);
  if (!o) return nullptr;
  SocketObject* s = as_socket(o);
  s->fd = -1;
  s->timeout_ns = -1;
  return o;
}

// socket(family=-1, type=-1, proto=-1, fileno=None): -1 means AF_INET,
// SOCK_STREAM, 0 — or, with a fileno, what the descriptor says.
int sock_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"family", "type", "proto", "fileno", nullptr};
  Object* a[4] = {};
  if (!parse_args("socket", args, nargs, kwnames, kw, 0, a)) return -1;
  int family = -1, type = -1, proto = -1;
  for (int i = 0; i < 3; i++) {
    int* dst = i == 0 ? &family : i == 1 ? &type : &proto;
    if (a[i] && a[i] != None && !int_arg(a[i], dst)) return -1;
  }
  SocketObject* s = as_socket(self);
  int fd;
  if (a[3] && a[3] != None) {
    if (!int_arg(a[3], &fd)) return -1;
    if (fd < 0) {
      raise(&exc::ValueError, "negative file descriptor");
      return -1;
    }
    socklen_t len = sizeof(int);
    if (family == -1 && getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len) < 0) {
      raise_from_errno(errno);
      return -1;
    }
    if (type == -1 && getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0) {
      raise_from_errno(errno);
      return -1;
    }
    if (proto == -1 && getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) < 0) {
      raise_from_errno(errno);
      return -1;
    }
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
      raise_from_errno(errno);
      return -1;
    }
  }
  if (s->fd >= 0) ::close(s->fd);
  s->fd = fd;
  s->family = family;
  s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->proto = proto;
  s->timeout_ns = (type & SOCK_NONBLOCK) ? 0 : default_timeout_ns;
  return socket_apply_timeout(s);
}

void sock_dealloc(Object* self) {
  SocketObject* s = as_socket(self);
  if (s->fd >= 0) ::close(s->fd);
  object_free(self);
}

Object* sock_repr(Object* self) {
  SocketObject* s = as_socket(self);
  TypeObject* t = type_of(self);
  std::string out = "<";
  out += str_view(t->module);
  out += '.';
  out += str_view(t->qualname);
  if (s->fd < 0) out += " [closed]";
  out += " fd=" + std::to_string(s->fd) + ", family=" + std::to_string(s->family) +
         ", type=" + std::to_string(s->type) + ", proto=" + std::to_string(s->proto);
  if (s->fd >= 0) {
    for (int peer = 0; peer < 2; peer++) {
      SockAddr addr;
      socklen_t len = sizeof addr;
      int r = peer ? getpeername(s->fd, &addr.sa, &len) : getsockname(s->fd, &addr.sa, &len);
      if (r < 0) continue;
      Object* a = sockaddr_to_object(&addr.sa, len);
      if (!a) return nullptr;
      int truth = object_is_true(a);
      Object* text = truth > 0 ? object_str(a) : nullptr;
      decref(a);
      if (truth < 0 || (truth > 0 && !text)) return nullptr;
      if (text) {
        out += peer ? ", raddr=" : ", laddr=";
        out += str_view(text);
        decref(text);
      }
    }
  }
  out += '>';
  return str_from(out);
}

// ---- connection set-up ------------------------------------------------------------------------------

Object* sock_bind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socket.bind", nargs, kwnames, 1, 1)) return nullptr;
  SocketObject* s = as_socket(self);
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_from_object(s->family, args[0], "bind", &addr, &len)) return nullptr;
  if (::bind(s->fd, &addr.sa, len) < 0) return raise_from_errno(errno);
  return None;
}

Object* sock_listen(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_arity("listen", nargs, kwnames, 0, 1)) return nullptr;
  int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
  if (nargs == 1 && !int_arg(args[0], &backlog)) return nullptr;
  if (backlog < 0) backlog = 0;
  if (::listen(as_socket(self)->fd, backlog) < 0) return raise_from_errno(errno);
  return None;
}

Object* sock_accept(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("_accept", nargs, kwnames, 0, 0)) return nullptr;
  SocketObject* s = as_socket(self);
  SockAddr addr;
  socklen_t len = 0;
  int64_t deadline = kNoDeadlineYet;
  ssize_t fd = sock_call(s, false, &deadline, [&] {
    len = sizeof addr;
    return static_cast<ssize_t>(accept4(s->fd, &addr.sa, &len, SOCK_CLOEXEC));
  });
  if (fd < 0) return nullptr;
  Object* conn = socket_wrap(static_cast<int>(fd), s->family, s->type, s->proto);
  if (!conn) return nullptr;
  Object* peer = sockaddr_to_object(&addr.sa, len);
  Object* pair = peer ? tuple_pack2(conn, peer) : nullptr;
  decref(conn);
  xdecref(peer);
  return pair;
}

// connect() and connect_ex() on a parsed address.
int connect_impl(SocketObject* s, Object* address, bool raise_errors) {
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_from_object(s->family, address, "connect", &addr, &len)) return -1;
  return socket_connect_addr(s, &addr, len, raise_errors);
}

Object* sock_connect(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socket.connect", nargs, kwnames, 1, 1)) return nullptr;
  return connect_impl(as_socket(self), args[0], true) < 0 ? nullptr : None;
}

Object* sock_connect_ex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socket.connect_ex", nargs, kwnames, 1, 1)) return nullptr;
  int r = connect_impl(as_socket(self), args[0], false);
  return r < 0 ? nullptr : int_from_i64(r);
}

// ---- data transfer ----------------------------------------------------------------------------------

// recv(bufsize[, flags]) and the data half of recvfrom.
Object* recv_bytes(SocketObject* s, const char* fname, Object* const* args, size_t nargs, SockAddr* from,
                   socklen_t* fromlen) {
  int64_t n;
  int flags;
  if (!arg_long(args[0], &n) || !flags_arg(args, nargs, 1, &flags)) return nullptr;
  if (n < 0) return raise(&exc::ValueError, "negative buffersize in %s", fname);
  if (n == 0 && !from) return bytes_from("", 0);  // CPython's recv(0): no system call
  BytesReader r;
  if (!r.begin(static_cast<size_t>(n))) return nullptr;
  int64_t deadline = kNoDeadlineYet;
  ssize_t k = sock_call(s, false, &deadline, [&] {
    if (!from) return ::recv(s->fd, r.data(), static_cast<size_t>(n), flags);
    *fromlen = sizeof *from;
    return ::recvfrom(s->fd, r.data(), static_cast<size_t>(n), flags, &from->sa, fromlen);
  });
  if (k < 0) return nullptr;
  return r.finish(static_cast<size_t>(k));
}

Object* sock_recv(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_arity("recv", nargs, kwnames, 1, 2)) return nullptr;
  return recv_bytes(as_socket(self), "recv", args, nargs, nullptr, nullptr);
}

Object* sock_recvfrom(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_arity("recvfrom", nargs, kwnames, 1, 2)) return nullptr;
  SockAddr from;
  socklen_t fromlen = 0;
  Object* data = recv_bytes(as_socket(self), "recvfrom", args, nargs, &from, &fromlen);
  if (!data) return nullptr;
  Object* addr = sockaddr_to_object(&from.sa, fromlen);
  Object* pair = addr ? tuple_pack2(data, addr) : nullptr;
  decref(data);
  xdecref(addr);
  return pair;
}

Object* sock_recv_into(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"buffer", "nbytes", "flags", nullptr};
  Object* a[3] = {};
  if (!parse_args("recv_into", args, nargs, kwnames, kw, 1, a)) return nullptr;
  Object* buf = a[0];
  if (!is_bytearray(buf))
    return raise(&exc::TypeError, "recv_into() argument 1 must be read-write bytes-like object, not %s",
                 type_name(buf));
  int64_t n = 0;
  int flags = 0;
  if ((a[1] && !arg_long(a[1], &n)) || (a[2] && !int_arg(a[2], &flags))) return nullptr;
  if (n < 0) return raise(&exc::ValueError, "negative buffersize in recv_into");
  if (n == 0) n = bytearray_size(buf);
  if (n > bytearray_size(buf)) return raise(&exc::ValueError, "buffer too small for requested bytes");
  SocketObject* s = as_socket(self);
  int64_t deadline = kNoDeadlineYet;
  ssize_t k = sock_call(s, false, &deadline, [&]() -> ssize_t {
    // A handler may have shrunk the bytearray since the check above.
    size_t room = static_cast<size_t>(bytearray_size(buf));
    return ::recv(s->fd, bytearray_data(buf), static_cast<size_t>(n) < room ? static_cast<size_t>(n) : room, flags);
  });
  if (k < 0) return nullptr;
  return int_from_i64(k);
}

// send(data[, flags]) / sendto(data[, flags], address): one attempt's
// worth of bytes, the view re-read at each attempt.
Object* sock_send(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_arity("send", nargs, kwnames, 1, 2)) return nullptr;
  std::string_view data;
  int flags;
  if (!data_arg(args[0], &data) || !flags_arg(args, nargs, 1, &flags)) return nullptr;
  SocketObject* s = as_socket(self);
  int64_t deadline = kNoDeadlineYet;
  ssize_t k = sock_call(s, true, &deadline, [&] {
    bytes_like_view(args[0], &data);
    return ::send(s->fd, data.data(), data.size(), flags);
  });
  if (k < 0) return nullptr;
  return int_from_i64(k);
}

Object* sock_sendall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_arity("sendall", nargs, kwnames, 1, 2)) return nullptr;
  std::string_view data;
  int flags;
  if (!data_arg(args[0], &data) || !flags_arg(args, nargs, 1, &flags)) return nullptr;
  SocketObject* s = as_socket(self);
  int64_t deadline = kNoDeadlineYet;
  size_t sent = 0;
  while (sent < data.size()) {
    ssize_t k = sock_call(s, true, &deadline, [&]() -> ssize_t {
      bytes_like_view(args[0], &data);
      if (sent >= data.size()) return 0;
      return ::send(s->fd, data.data() + sent, data.size() - sent, flags);
    });
    if (k < 0) return nullptr;
    sent += static_cast<size_t>(k);
    // Between two partial sends, as CPython: let pending handlers run.
    if (sent < data.size() && eval_breaker && run_pending_signals() < 0) return nullptr;
  }
  return None;
}

Object* sock_sendto(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "sendto() takes no keyword arguments");
  if (nargs < 2 || nargs > 3)
    return raise(&exc::TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
  std::string_view data;
  int flags = 0;
  if (!data_arg(args[0], &data) || (nargs == 3 && !int_arg(args[1], &flags))) return nullptr;
  SocketObject* s = as_socket(self);
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_from_object(s->family, args[nargs - 1], "sendto", &addr, &len)) return nullptr;
  int64_t deadline = kNoDeadlineYet;
  ssize_t k = sock_call(s, true, &deadline, [&] {
    bytes_like_view(args[0], &data);
    return ::sendto(s->fd, data.data(), data.size(), flags, &addr.sa, len);
  });
  if (k < 0) return nullptr;
  return int_from_i64(k);
}

// ---- options, modes, names -------------------------------------------------------------------------------

Object* sock_setsockopt(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "setsockopt() takes no keyword arguments");
  if (nargs != 3 && nargs != 4)
    return raise(&exc::TypeError, "setsockopt() takes exactly %d arguments (%zu given)", nargs < 3 ? 3 : 4, nargs);
  int level, opt;
  if (!int_arg(args[0], &level) || !int_arg(args[1], &opt)) return nullptr;
  int fd = as_socket(self)->fd;
  int r;
  if (nargs == 4) {
    if (args[2] != None) return raise(&exc::TypeError, "setsockopt() argument 3 must be NoneType, not %s", type_name(args[2]));
    int optlen;
    if (!int_arg(args[3], &optlen)) return nullptr;
    r = setsockopt(fd, level, opt, nullptr, static_cast<socklen_t>(optlen));
  } else if (is_int(args[2])) {
    int v;
    if (!int_arg(args[2], &v)) return nullptr;
    r = setsockopt(fd, level, opt, &v, sizeof v);
  } else {
    std::string_view buf;
    if (!data_arg(args[2], &buf)) return nullptr;
    r = setsockopt(fd, level, opt, buf.data(), static_cast<socklen_t>(buf.size()));
  }
  if (r < 0) return raise_from_errno(errno);
  return None;
}

Object* sock_getsockopt(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_arity("getsockopt", nargs, kwnames, 2, 3)) return nullptr;
  int level, opt, buflen = 0;
  if (!int_arg(args[0], &level) || !int_arg(args[1], &opt) || (nargs == 3 && !int_arg(args[2], &buflen)))
    return nullptr;
  int fd = as_socket(self)->fd;
  if (buflen == 0) {
    int v = 0;
    socklen_t len = sizeof v;
    if (getsockopt(fd, level, opt, &v, &len) < 0) return raise_from_errno(errno);
    return int_from_i64(v);
  }
  if (buflen < 0 || buflen > 1024) return raise(&exc::OSError, "getsockopt buflen out of range");
  char buf[1024];
  socklen_t len = static_cast<socklen_t>(buflen);
  if (getsockopt(fd, level, opt, buf, &len) < 0) return raise_from_errno(errno);
  return bytes_from(buf, len);
}

Object* sock_setblocking(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socket.setblocking", nargs, kwnames, 1, 1)) return nullptr;
  int flag = object_is_true(args[0]);
  if (flag < 0) return nullptr;
  SocketObject* s = as_socket(self);
  s->timeout_ns = flag ? -1 : 0;
  return socket_apply_timeout(s) < 0 ? nullptr : None;
}

Object* sock_getblocking(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("socket.getblocking", nargs, kwnames, 0, 0)) return nullptr;
  return bool_from(as_socket(self)->timeout_ns != 0);
}

Object* sock_settimeout(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socket.settimeout", nargs, kwnames, 1, 1)) return nullptr;
  int64_t ns = -1;
  if (args[0] != None) {
    if (!seconds_to_ns(args[0], &ns)) return nullptr;
    if (ns < 0) return raise(&exc::ValueError, "Timeout value out of range");
  }
  SocketObject* s = as_socket(self);
  s->timeout_ns = ns;
  return socket_apply_timeout(s) < 0 ? nullptr : None;
}

Object* timeout_value(int64_t ns) { return ns < 0 ? None : float_from_double(static_cast<double>(ns) * 1e-9); }

Object* sock_gettimeout(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("socket.gettimeout", nargs, kwnames, 0, 0)) return nullptr;
  return timeout_value(as_socket(self)->timeout_ns);
}

Object* sock_fileno(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("socket.fileno", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(as_socket(self)->fd);
}

Object* sock_close(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  SocketObject* s = as_socket(self);
  int fd = s->fd;
  if (fd < 0) return None;
  s->fd = -1;
  // ECONNRESET on close is no error (CPython bpo-30319); EINTR still closed the fd.
  if (::close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return raise_from_errno(errno);
  return None;
}

Object* sock_detach(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("detach", nargs, kwnames, 0, 0)) return nullptr;
  SocketObject* s = as_socket(self);
  int fd = s->fd;
  s->fd = -1;
  return int_from_i64(fd);
}

Object* sock_dup(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("dup", nargs, kwnames, 0, 0)) return nullptr;
  SocketObject* s = as_socket(self);
  int fd = fcntl(s->fd, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return raise_from_errno(errno);
  return socket_wrap(fd, s->family, s->type, s->proto);
}

Object* sock_shutdown(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socket.shutdown", nargs, kwnames, 1, 1)) return nullptr;
  int how;
  if (!int_arg(args[0], &how)) return nullptr;
  if (::shutdown(as_socket(self)->fd, how) < 0) return raise_from_errno(errno);
  return None;
}

Object* sock_name(Object* self, size_t nargs, Object* kwnames, const char* fname, bool peer) {
  if (!check_args(fname, nargs, kwnames, 0, 0)) return nullptr;
  SockAddr addr;
  socklen_t len = sizeof addr;
  int fd = as_socket(self)->fd;
  if ((peer ? getpeername(fd, &addr.sa, &len) : getsockname(fd, &addr.sa, &len)) < 0)
    return raise_from_errno(errno);
  return sockaddr_to_object(&addr.sa, len);
}

Object* sock_getsockname(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return sock_name(self, nargs, kwnames, "socket.getsockname", false);
}

Object* sock_getpeername(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return sock_name(self, nargs, kwnames, "socket.getpeername", true);
}

Object* sock_get_inheritable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("get_inheritable", nargs, kwnames, 0, 0)) return nullptr;
  int flags = fcntl(as_socket(self)->fd, F_GETFD);
  if (flags < 0) return raise_from_errno(errno);
  return bool_from(!(flags & FD_CLOEXEC));
}

Object* sock_set_inheritable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("set_inheritable", nargs, kwnames, 1, 1)) return nullptr;
  int on = object_is_true(args[0]);
  if (on < 0) return nullptr;
  int fd = as_socket(self)->fd;
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0 || fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0)
    return raise_from_errno(errno);
  return None;
}

// makefile(mode='r', buffering=None, *, encoding=None, errors=None,
// newline=None): a file of the io layer over a dup of the fd.
Object* sock_makefile(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"mode", "buffering", "encoding", "errors", "newline", nullptr};
  Object* a[5] = {};
  if (!parse_args("makefile", args, nargs, kwnames, kw, 0, a, 2)) return nullptr;
  std::string_view mode = "r";
  if (a[0]) {
    if (!is_str(a[0])) return raise(&exc::TypeError, "makefile() argument 'mode' must be str, not %s", type_name(a[0]));
    mode = str_view(a[0]);
  }
  bool r = false, w = false, b = false, bad = false;
  for (char c : mode) {
    if (c == 'r') r = true;
    else if (c == 'w') w = true;
    else if (c == 'b') b = true;
    else bad = true;
  }
  if (bad) {
    Object* rep = object_repr(a[0]);
    if (!rep) return nullptr;
    raise(&exc::ValueError, "invalid mode %s (only r, w, b allowed)", str_data(rep));
    decref(rep);
    return nullptr;
  }
  if (r && w) return raise(&exc::ValueError, "makefile(): mode 'rw' is not supported by frost");
  for (int i = 2; i < 5; i++)
    if (a[i] && a[i] != None)
      return raise(&exc::ValueError, "makefile(): '%s' is not supported by frost (UTF-8, strict, universal newlines)", kw[i]);
  const char* io_mode = w ? (b ? "wb" : "w") : (b ? "rb" : "r");
  int fd = fcntl(as_socket(self)->fd, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return raise_from_errno(errno);
  Object* fdobj = int_from_i64(fd);
  Object* f = fdobj ? io_open(fdobj, io_mode) : nullptr;
  xdecref(fdobj);
  if (!f) ::close(fd);
  return f;
}

Object* sock_enter(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__enter__", nargs, kwnames, 0, 0)) return nullptr;
  return newref(self);
}

Object* sock_exit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "__exit__() takes no keyword arguments");
  return sock_close(self, args, 0, nullptr);
}

Object* sock_get_family(Object* self) { return int_from_i64(as_socket(self)->family); }
Object* sock_get_type(Object* self) { return int_from_i64(as_socket(self)->type); }
Object* sock_get_proto(Object* self) { return int_from_i64(as_socket(self)->proto); }
Object* sock_get_timeout(Object* self) { return timeout_value(as_socket(self)->timeout_ns); }

MethodDef sock_methods[] = {
    {"bind", sock_bind, 0, "bind(address)\n\nBind the socket to a local address."},
    {"listen", sock_listen, 0, "listen([backlog])\n\nEnable a server to accept connections."},
    {"accept", sock_accept, 0, "accept() -> (socket object, address info)\n\nWait for an incoming connection."},
    {"connect", sock_connect, 0, "connect(address)\n\nConnect the socket to a remote address."},
    {"connect_ex", sock_connect_ex, 0, "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code instead of raising."},
    {"recv", sock_recv, 0, "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket."},
    {"recv_into", sock_recv_into, 0, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer."},
    {"recvfrom", sock_recvfrom, 0, "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info."},
    {"send", sock_send, 0, "send(data[, flags]) -> count\n\nSend a data string to the socket."},
    {"sendall", sock_sendall, 0, "sendall(data[, flags])\n\nSend a data string to the socket, until all data is sent."},
    {"sendto", sock_sendto, 0, "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address."},
    {"setsockopt", sock_setsockopt, 0, "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option."},
    {"getsockopt", sock_getsockopt, 0, "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option."},
    {"setblocking", sock_setblocking, 0, "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)."},
    {"getblocking", sock_getblocking, 0, "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\nis in non-blocking mode."},
    {"settimeout", sock_settimeout, 0, "settimeout(timeout)\n\nSet a timeout on socket operations."},
    {"gettimeout", sock_gettimeout, 0, "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket operations."},
    {"fileno", sock_fileno, 0, "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
    {"close", sock_close, 0, "close()\n\nClose the socket.  It cannot be used after this call."},
    {"detach", sock_detach, 0, "detach()\n\nClose the socket object without closing the underlying file descriptor."},
    {"dup", sock_dup, 0, "dup() -> socket object\n\nDuplicate the socket. Return a new socket object connected to the same\nsystem resource."},
    {"shutdown", sock_shutdown, 0, "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\n(flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."},
    {"getsockname", sock_getsockname, 0, "getsockname() -> address info\n\nReturn the address of the local endpoint."},
    {"getpeername", sock_getpeername, 0, "getpeername() -> address info\n\nReturn the address of the remote endpoint."},
    {"get_inheritable", sock_get_inheritable, 0, "Get the inheritable flag of the socket"},
    {"set_inheritable", sock_set_inheritable, 0, "Set the inheritable flag of the socket"},
    {"makefile", sock_makefile, 0, "makefile(...) -> an I/O stream connected to the socket\n\nThe arguments are as for io.open() after the filename."},
    {"__enter__", sock_enter, 0, "__enter__($self, /)\n--\n\n"},
    {"__exit__", sock_exit, 0, "__exit__($self, *args, /)\n--\n\nClose the socket."},
    {nullptr},
};

GetSetDef sock_getset[] = {
    {"family", sock_get_family, nullptr, "the socket family"},
    {"type", sock_get_type, nullptr, "the socket type"},
    {"proto", sock_get_proto, nullptr, "the socket protocol"},
    {"timeout", sock_get_timeout, nullptr, "the socket timeout"},
    {nullptr},
};

}  // namespace

// A connect interrupted by a signal, or started on a socket with a
// timeout, completes in the background: wait until the fd is writable and
// read the outcome from SO_ERROR (CPython's internal_connect).
int socket_connect_addr(SocketObject* s, const SockAddr* addr, socklen_t len, bool raise_errors) {
  int err = ::connect(s->fd, &addr->sa, len) == 0 ? 0 : errno;
  bool wait = false;
  if (err == EINTR) {
    if (run_pending_signals() < 0) return -1;
    wait = s->timeout_ns != 0;
    if (!wait) err = EWOULDBLOCK;
  } else if (err == EINPROGRESS && s->timeout_ns > 0) {
    wait = true;
  }
  if (wait) {
    int w = wait_for_fd(s->fd, true, deadline_after(s->timeout_ns));
    if (w < 0) return -1;
    if (w == 0) {
      if (raise_errors) {
        raise_timed_out();
        return -1;
      }
      return EWOULDBLOCK;
    }
    socklen_t elen = sizeof err;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0) err = errno;
  }
  if (err && raise_errors) {
    raise_from_errno(err);
    return -1;
  }
  return err;
}

int socket_apply_timeout(SocketObject* s) {
  int flags = fcntl(s->fd, F_GETFL);
  if (flags >= 0) {
    int nf = s->timeout_ns >= 0 ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    if (nf == flags || fcntl(s->fd, F_SETFL, nf) == 0) return 0;
  }
  raise_from_errno(errno);
  return -1;
}

Object* socket_wrap(int fd, int family, int type, int proto) {
  Object* o = sock_new(&SocketType, nullptr, 0, nullptr);
  if (!o) {
    ::close(fd);
    return nullptr;
  }
  SocketObject* s = as_socket(o);
  s->fd = fd;
  s->family = family;
  s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->proto = proto;
  s->timeout_ns = default_timeout_ns;
  if (s->timeout_ns >= 0 && socket_apply_timeout(s) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

void socket_type_init() {
  if (type_has_flag(&SocketType, kReady)) return;
  SocketType.name = "socket.socket";
  SocketType.basicsize = sizeof(SocketObject);
  SocketType.flags = kBaseType;
  SocketType.doc =
      "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object\n\n"
      "Open a socket of the given type.";
  SocketType.dealloc = sock_dealloc;
  SocketType.repr = sock_repr;
  SocketType.new_ = sock_new;
  SocketType.init = sock_init;
  SocketType.methods = sock_methods;
  SocketType.getset = sock_getset;
  type_ready(&SocketType);
}

}  // namespace frost
