/*
 * socket_module.cpp — the `socket` module around the socket type of
 * socket.cpp: address conversion both ways (CPython's getsockaddrarg and
 * makesockaddr), name resolution through getaddrinfo(3) (numeric hosts
 * skip the lookup), the module functions — socketpair, create_connection,
 * create_server, fromfd, getaddrinfo, gethostname, gethostbyname, the
 * inet_* and byte-order helpers, the default timeout — and the constants.
 *
 * socket.timeout is TimeoutError and socket.error is OSError, as in
 * CPython 3.10+; gaierror and herror are OSError subclasses made at
 * import.  The family, type and constants are plain ints (CPython's are
 * IntEnum members that compare equal to them).
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstring>
#include <string>

#include "stdlib/posix_util.h"
#include "stdlib/pyargs.h"
#include "stdlib/socket_impl.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject* GaiErrorType = nullptr;
TypeObject* HErrorType = nullptr;
int64_t default_timeout_ns = -1;

namespace {

// The text of a host argument: str (UTF-8; CPython encodes with IDNA,
// which is the same for ASCII names), bytes or bytearray.
bool host_text(Object* host, std::string* out) {
  std::string_view v;
  if (is_str(host)) v = str_view(host);
  else if (!bytes_like_view(host, &v)) {
    raise(&exc::TypeError, "str, bytes or bytearray expected, not %s", type_name(host));
    return false;
  }
  if (v.find('\0') != std::string_view::npos) {
    raise(&exc::TypeError, "host name must not contain null character");
    return false;
  }
  out->assign(v);
  return true;
}

// CPython's setipaddr on a host text already checked.
bool resolve_text(const std::string& name, int family, SockAddr* out) {
  memset(out, 0, sizeof *out);
  if (name.empty()) {  // the wildcard address
    if (family == AF_INET6) {
      out->in6.sin6_family = AF_INET6;
      out->in6.sin6_addr = in6addr_any;
    } else {
      out->in.sin_family = AF_INET;
      out->in.sin_addr.s_addr = htonl(INADDR_ANY);
    }
    return true;
  }
  if (name == "<broadcast>" || name == "255.255.255.255") {
    if (family != AF_INET && family != AF_UNSPEC) {
      raise(&exc::OSError, "address family mismatched");
      return false;
    }
    out->in.sin_family = AF_INET;
    out->in.sin_addr.s_addr = htonl(INADDR_BROADCAST);
    return true;
  }
  if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, name.c_str(), &out->in.sin_addr) == 1) {
    out->in.sin_family = AF_INET;
    return true;
  }
  if ((family == AF_INET6 || family == AF_UNSPEC) && inet_pton(AF_INET6, name.c_str(), &out->in6.sin6_addr) == 1) {
    out->in6.sin6_family = AF_INET6;
    return true;
  }
  addrinfo hints = {};
  hints.ai_family = family;
  addrinfo* res = nullptr;
  int err = getaddrinfo(name.c_str(), nullptr, &hints, &res);
  if (err) {
    raise_gaierror(err);
    return false;
  }
  memcpy(out, res->ai_addr, res->ai_addrlen < sizeof *out ? res->ai_addrlen : sizeof *out);
  freeaddrinfo(res);
  return true;
}

// A port argument: an int in 0..65535.
bool port_arg(Object* o, const char* caller, int* port) {
  if (!arg_int(o, port)) return false;
  if (*port < 0 || *port > 0xffff) {
    raise(&exc::OverflowError, "%s(): port must be 0-65535.", caller);
    return false;
  }
  return true;
}

Object* host_string(const sockaddr* sa, socklen_t len) {
  char buf[NI_MAXHOST];
  int err = getnameinfo(sa, len, buf, sizeof buf, nullptr, 0, NI_NUMERICHOST);
  if (err) return raise_gaierror(err);
  return str_from_cstr(buf);
}

}  // namespace

bool resolve_host(Object* host, int family, SockAddr* out) {
  std::string name;
  return host_text(host, &name) && resolve_text(name, family, out);
}

bool sockaddr_from_object(int family, Object* addr, const char* caller, SockAddr* out, socklen_t* len) {
  memset(out, 0, sizeof *out);
  switch (family) {
    case AF_UNIX: {
      std::string_view path;
      if (is_str(addr)) path = str_view(addr);
      else if (!bytes_like_view(addr, &path)) {
        raise(&exc::TypeError, "%s(): AF_UNIX address must be str or bytes, not %s", caller, type_name(addr));
        return false;
      }
      if (path.size() >= sizeof out->un.sun_path + (path.size() && path[0] == '\0')) {
        raise(&exc::OSError, "AF_UNIX path too long");
        return false;
      }
      out->un.sun_family = AF_UNIX;
      memcpy(out->un.sun_path, path.data(), path.size());
      // An abstract name (leading NUL) is exactly its bytes; a path ends at its NUL.
      *len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() +
                                    (path.size() && path[0] == '\0' ? 0 : 1));
      return true;
    }
    case AF_INET: {
      if (!is_tuple(addr)) {
        raise(&exc::TypeError, "%s(): AF_INET address must be tuple, not %s", caller, type_name(addr));
        return false;
      }
      if (tuple_size(addr) != 2) {
        raise(&exc::TypeError, "AF_INET address must be a pair (host, port)");
        return false;
      }
      std::string host;
      int port;
      if (!host_text(tuple_get(addr, 0), &host) || !port_arg(tuple_get(addr, 1), caller, &port) ||
          !resolve_text(host, AF_INET, out))
        return false;
      out->in.sin_port = htons(static_cast<uint16_t>(port));
      *len = sizeof out->in;
      return true;
    }
    case AF_INET6: {
      if (!is_tuple(addr)) {
        raise(&exc::TypeError, "%s(): AF_INET6 address must be tuple, not %s", caller, type_name(addr));
        return false;
      }
      intptr_t n = tuple_size(addr);
      if (n < 2 || n > 4) {
        raise(&exc::TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return false;
      }
      std::string host;
      int port;
      int64_t flowinfo = 0, scope_id = 0;
      if (!host_text(tuple_get(addr, 0), &host) || !port_arg(tuple_get(addr, 1), caller, &port) ||
          (n > 2 && !arg_long(tuple_get(addr, 2), &flowinfo)) || (n > 3 && !arg_long(tuple_get(addr, 3), &scope_id)))
        return false;
      if (flowinfo < 0 || flowinfo > 0xfffff) {
        raise(&exc::OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return false;
      }
      if (!resolve_text(host, AF_INET6, out)) return false;
      out->in6.sin6_port = htons(static_cast<uint16_t>(port));
      out->in6.sin6_flowinfo = htonl(static_cast<uint32_t>(flowinfo));
      out->in6.sin6_scope_id = static_cast<uint32_t>(scope_id);
      *len = sizeof out->in6;
      return true;
    }
    default:
      raise(&exc::OSError, "%s(): bad family", caller);
      return false;
  }
}

Object* sockaddr_to_object(const sockaddr* sa, socklen_t len) {
  if (len == 0) return newref(None);
  switch (sa->sa_family) {
    case AF_INET: {
      auto* in = reinterpret_cast<const sockaddr_in*>(sa);
      Object* host = host_string(sa, len);
      Object* port = host ? int_from_i64(ntohs(in->sin_port)) : nullptr;
      Object* t = port ? tuple_pack2(host, port) : nullptr;
      xdecref(host);
      xdecref(port);
      return t;
    }
    case AF_INET6: {
      auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
      Object* host = host_string(sa, len);
      Object* port = int_from_i64(ntohs(in6->sin6_port));
      Object* flow = int_from_i64(ntohl(in6->sin6_flowinfo));
      Object* scope = int_from_i64(in6->sin6_scope_id);
      Object* t = host && port && flow && scope ? tuple_pack(4, host, port, flow, scope) : nullptr;
      for (Object* o : {host, port, flow, scope}) xdecref(o);
      return t;
    }
    case AF_UNIX: {
      auto* un = reinterpret_cast<const sockaddr_un*>(sa);
      size_t n = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
      if (n > 0 && un->sun_path[0] == '\0') return bytes_from(un->sun_path, n);  // Linux abstract name
      return str_decode_utf8(un->sun_path, strnlen(un->sun_path, n), "surrogateescape");
    }
    default: {
      Object* fam = int_from_i64(sa->sa_family);
      Object* data = bytes_from(sa->sa_data, sizeof sa->sa_data);
      Object* t = fam && data ? tuple_pack2(fam, data) : nullptr;
      xdecref(fam);
      xdecref(data);
      return t;
    }
  }
}

Object* raise_gaierror(int code) {
  if (code == EAI_SYSTEM) return raise_from_errno(errno);
  Object* num = int_from_i64(code);
  Object* text = str_from_cstr(gai_strerror(code));
  Object* args = num && text ? tuple_pack2(num, text) : nullptr;
  xdecref(num);
  xdecref(text);
  if (!args) return nullptr;
  Object* e = exception_new(GaiErrorType, args);
  decref(args);
  if (e) error_restore(e);
  return nullptr;
}

Object* raise_timed_out() { return raise(&exc::TimeoutError, "timed out"); }

namespace {

// ---- name resolution ------------------------------------------------------------------------------------

// getaddrinfo(3) on guest arguments: host None/str/bytes, port
// None/int/str/bytes.  Null with an exception set on failure.
addrinfo* lookup(Object* host, Object* port, int family, int type, int proto, int flags) {
  std::string h, p;
  const char* hp = nullptr;
  const char* pp = nullptr;
  if (host != None) {
    std::string_view v;
    if (is_str(host)) v = str_view(host);
    else if (is_bytes(host)) v = bytes_view(host);
    else {
      raise(&exc::TypeError, "getaddrinfo() argument 1 must be string or None");
      return nullptr;
    }
    h.assign(v);
    hp = h.c_str();
  }
  if (is_int(port)) {
    int64_t v;
    if (!arg_long(port, &v)) return nullptr;
    p = std::to_string(v);
    pp = p.c_str();
  } else if (is_str(port)) {
    p.assign(str_view(port));
    pp = p.c_str();
  } else if (is_bytes(port)) {
    p.assign(bytes_view(port));
    pp = p.c_str();
  } else if (port != None) {
    raise(&exc::OSError, "Int or String expected");
    return nullptr;
  }
  addrinfo hints = {};
  hints.ai_family = family;
  hints.ai_socktype = type;
  hints.ai_protocol = proto;
  hints.ai_flags = flags;
  addrinfo* res = nullptr;
  int err = getaddrinfo(hp, pp, &hints, &res);
  if (err) {
    raise_gaierror(err);
    return nullptr;
  }
  return res;
}

Object* sock_getaddrinfo(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"host", "port", "family", "type", "proto", "flags", nullptr};
  Object* a[6] = {};
  if (!parse_args("getaddrinfo", args, nargs, kwnames, kw, 2, a)) return nullptr;
  int v[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; i++)
    if (a[2 + i] && !arg_int(a[2 + i], &v[i])) return nullptr;
  addrinfo* res = lookup(a[0], a[1], v[0], v[1], v[2], v[3]);
  if (!res) return nullptr;
  Object* out = list_new(0);
  for (addrinfo* ai = res; out && ai; ai = ai->ai_next) {
    Object* fam = int_from_i64(ai->ai_family);
    Object* type = int_from_i64(ai->ai_socktype);
    Object* proto = int_from_i64(ai->ai_protocol);
    Object* canon = str_from_cstr(ai->ai_canonname ? ai->ai_canonname : "");
    Object* addr = sockaddr_to_object(ai->ai_addr, ai->ai_addrlen);
    Object* t = fam && type && proto && canon && addr ? tuple_pack(5, fam, type, proto, canon, addr) : nullptr;
    for (Object* o : {fam, type, proto, canon, addr}) xdecref(o);
    if (!t || list_append(out, t) < 0) clearref(&out);
    xdecref(t);
  }
  freeaddrinfo(res);
  return out;
}

Object* sock_gethostname(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("gethostname", nargs, kwnames, 0, 0)) return nullptr;
  char buf[HOST_NAME_MAX + 1];
  if (gethostname(buf, sizeof buf) < 0) return raise_from_errno(errno);
  buf[HOST_NAME_MAX] = '\0';
  return str_decode_utf8(buf, strlen(buf), "surrogateescape");
}

Object* sock_gethostbyname(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("gethostbyname", nargs, kwnames, 1, 1)) return nullptr;
  SockAddr addr;
  if (!resolve_host(args[0], AF_INET, &addr)) return nullptr;
  return host_string(&addr.sa, sizeof addr.in);
}

// ---- socket factories ---------------------------------------------------------------------------------------

Object* sock_socketpair(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("socketpair", nargs, kwnames, 0, 3)) return nullptr;
  int v[3] = {AF_UNIX, SOCK_STREAM, 0};
  for (size_t i = 0; i < nargs; i++)
    if (args[i] != None && !arg_int(args[i], &v[i])) return nullptr;
  int fds[2];
  if (socketpair(v[0], v[1] | SOCK_CLOEXEC, v[2], fds) < 0) return raise_from_errno(errno);
  Object* a = socket_wrap(fds[0], v[0], v[1], v[2]);
  Object* b = a ? socket_wrap(fds[1], v[0], v[1], v[2]) : nullptr;
  if (!a) ::close(fds[1]);
  Object* t = a && b ? tuple_pack2(a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* sock_fromfd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fromfd", nargs, kwnames, 3, 4)) return nullptr;
  int fd, v[3] = {0, 0, 0};
  if (!arg_fileno(args[0], &fd)) return nullptr;
  for (size_t i = 1; i < nargs; i++)
    if (!arg_int(args[i], &v[i - 1])) return nullptr;
  int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (nfd < 0) return raise_from_errno(errno);
  return socket_wrap(nfd, v[0], v[1], v[2]);
}

// The (host, port) of create_connection, unpacked as Python would.
bool unpack_pair(Object* address, Object** host, Object** port) {
  Object* t = tuple_from_iterable(address);
  if (!t) return false;
  intptr_t n = tuple_size(t);
  if (n != 2) {
    if (n < 2) raise(&exc::ValueError, "not enough values to unpack (expected 2, got %zd)", n);
    else raise(&exc::ValueError, "too many values to unpack (expected 2)");
    decref(t);
    return false;
  }
  *host = newref(tuple_get(t, 0));
  *port = newref(tuple_get(t, 1));
  decref(t);
  return true;
}

// create_connection(address, timeout=<default>, source_address=None, *,
// all_errors=False): tries each address getaddrinfo gives and raises the
// last failure.  (all_errors=True would raise an ExceptionGroup, which
// frost lacks: it raises the last failure too.)
Object* sock_create_connection(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"address", "timeout", "source_address", "all_errors", nullptr};
  Object* a[4] = {};
  if (!bind_py_args("create_connection", args, nargs, kwnames, kw, 3, 1, a)) return nullptr;
  bool set_timeout = a[1] != nullptr;
  int64_t timeout = -1;
  if (set_timeout && a[1] != None) {
    if (!seconds_to_ns(a[1], &timeout)) return nullptr;
    if (timeout < 0) return raise(&exc::ValueError, "Timeout value out of range");
  }
  Object *host, *port;
  if (!unpack_pair(a[0], &host, &port)) return nullptr;
  addrinfo* res = lookup(host, port, AF_UNSPEC, SOCK_STREAM, 0, 0);
  decref(host);
  decref(port);
  if (!res) return nullptr;
  Object* last_error = nullptr;
  Object* result = nullptr;
  for (addrinfo* ai = res; ai && !result; ai = ai->ai_next) {
    int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    Object* sock = nullptr;
    bool ok = fd >= 0;
    if (!ok) raise_from_errno(errno);
    if (ok) {
      sock = socket_wrap(fd, ai->ai_family, ai->ai_socktype, ai->ai_protocol);
      ok = sock != nullptr;
    }
    if (ok && set_timeout) {
      as_socket(sock)->timeout_ns = timeout;
      ok = socket_apply_timeout(as_socket(sock)) == 0;
    }
    if (ok && a[2] && a[2] != None) {
      SockAddr src;
      socklen_t len;
      ok = sockaddr_from_object(ai->ai_family, a[2], "bind", &src, &len);
      if (ok && ::bind(fd, &src.sa, len) < 0) {
        raise_from_errno(errno);
        ok = false;
      }
    }
    if (ok) {
      SockAddr dst;
      memcpy(&dst, ai->ai_addr, ai->ai_addrlen);
      ok = socket_connect_addr(as_socket(sock), &dst, ai->ai_addrlen, true) == 0;
    }
    if (ok) {
      result = sock;
      break;
    }
    xdecref(sock);
    if (!error_matches(&exc::OSError)) break;  // only OSError moves on to the next address
    setref(&last_error, error_fetch());
  }
  freeaddrinfo(res);
  if (result) {
    xdecref(last_error);
    return result;
  }
  if (error_occurred()) {
    xdecref(last_error);
    return nullptr;
  }
  if (last_error) {
    error_restore(last_error);
    return nullptr;
  }
  return raise(&exc::OSError, "getaddrinfo returns an empty list");
}

int set_int_option(int fd, int level, int opt, int value) {
  return setsockopt(fd, level, opt, &value, sizeof value);
}

// create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
// dualstack_ipv6=False): a listening TCP socket, SO_REUSEADDR set.
Object* sock_create_server(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"address", "family", "backlog", "reuse_port", "dualstack_ipv6", nullptr};
  Object* a[5] = {};
  if (!bind_py_args("create_server", args, nargs, kwnames, kw, 1, 1, a)) return nullptr;
  int family = AF_INET, backlog = 128;
  bool reuse_port = false, dualstack = false;
  if (a[1] && !arg_int(a[1], &family)) return nullptr;
  if (a[2] && a[2] != None && !arg_int(a[2], &backlog)) return nullptr;
  for (int i = 3; i < 5; i++) {
    int t = a[i] ? object_is_true(a[i]) : 0;
    if (t < 0) return nullptr;
    (i == 3 ? reuse_port : dualstack) = t;
  }
  if (dualstack && family != AF_INET6) return raise(&exc::ValueError, "dualstack_ipv6 requires AF_INET6 family");
  int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return raise_from_errno(errno);
  Object* sock = socket_wrap(fd, family, SOCK_STREAM, 0);
  if (!sock) return nullptr;
  set_int_option(fd, SOL_SOCKET, SO_REUSEADDR, 1);
  if ((reuse_port && set_int_option(fd, SOL_SOCKET, SO_REUSEPORT, 1) < 0) ||
      (family == AF_INET6 && set_int_option(fd, IPPROTO_IPV6, IPV6_V6ONLY, dualstack ? 0 : 1) < 0)) {
    raise_from_errno(errno);
    decref(sock);
    return nullptr;
  }
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_from_object(family, a[0], "bind", &addr, &len)) {
    decref(sock);
    return nullptr;
  }
  if (::bind(fd, &addr.sa, len) < 0) {
    // CPython: OSError(errno, "<strerror> (while attempting to bind on address <repr>)").
    int err = errno;
    decref(sock);
    Object* rep = object_repr(a[0]);
    if (!rep) return nullptr;
    Object* msg = str_format_c("%s (while attempting to bind on address %s)", strerror(err), str_data(rep));
    decref(rep);
    Object* code = int_from_i64(err);
    Object* eargs = msg && code ? tuple_pack2(code, msg) : nullptr;
    xdecref(msg);
    xdecref(code);
    if (!eargs) return nullptr;
    Object* e = exception_new(&exc::OSError, eargs);
    decref(eargs);
    if (e) error_restore(e);
    return nullptr;
  }
  if (::listen(fd, backlog) < 0) {
    raise_from_errno(errno);
    decref(sock);
    return nullptr;
  }
  return sock;
}

// ---- addresses as text and bytes ---------------------------------------------------------------------------

Object* sock_inet_aton(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("inet_aton", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "inet_aton() argument 1 must be str, not %s", type_name(args[0]));
  in_addr a;
  if (!inet_aton(str_data(args[0]), &a)) return raise(&exc::OSError, "illegal IP address string passed to inet_aton");
  return bytes_from(reinterpret_cast<const char*>(&a), sizeof a);
}

Object* sock_inet_ntoa(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("inet_ntoa", nargs, kwnames, 1, 1)) return nullptr;
  std::string_view v;
  if (!bytes_like_view(args[0], &v))
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(args[0]));
  if (v.size() != 4) return raise(&exc::OSError, "packed IP wrong length for inet_ntoa");
  char buf[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, v.data(), buf, sizeof buf);
  return str_from_cstr(buf);
}

Object* sock_inet_pton(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("inet_pton", nargs, kwnames, 2, 2)) return nullptr;
  int af;
  if (!arg_int(args[0], &af)) return nullptr;
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "inet_pton() argument 2 must be str, not %s", type_name(args[1]));
  unsigned char buf[sizeof(in6_addr)];
  int r = inet_pton(af, str_data(args[1]), buf);
  if (r < 0) return raise_from_errno(errno);
  if (r == 0) return raise(&exc::OSError, "illegal IP address string passed to inet_pton");
  return bytes_from(reinterpret_cast<const char*>(buf), af == AF_INET ? 4 : 16);
}

Object* sock_inet_ntop(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("inet_ntop", nargs, kwnames, 2, 2)) return nullptr;
  int af;
  std::string_view v;
  if (!arg_int(args[0], &af)) return nullptr;
  if (!bytes_like_view(args[1], &v))
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(args[1]));
  if (af == AF_INET && v.size() != 4) return raise(&exc::ValueError, "invalid length of packed IP address string");
  if (af == AF_INET6 && v.size() != 16) return raise(&exc::ValueError, "invalid length of packed IP address string");
  if (af != AF_INET && af != AF_INET6) return raise(&exc::ValueError, "unknown address family %d", af);
  char buf[INET6_ADDRSTRLEN];
  if (!inet_ntop(af, v.data(), buf, sizeof buf)) return raise_from_errno(errno);
  return str_from_cstr(buf);
}

// htons/ntohs/htonl/ntohl: a non-negative int of 16 or 32 bits.
Object* byte_order(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool wide) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  int64_t v;
  if (!arg_long(args[0], &v)) return nullptr;
  if (v < 0) return raise(&exc::OverflowError, "%s: can't convert negative Python int to C %s", fname,
                          wide ? "unsigned long" : "16-bit unsigned integer");
  if (wide) {
    if (v > UINT32_MAX) return raise(&exc::OverflowError, "int larger than 32 bits");
    return int_from_i64(htonl(static_cast<uint32_t>(v)));
  }
  if (v > 0xffff) return raise(&exc::OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
  return int_from_i64(htons(static_cast<uint16_t>(v)));
}

Object* sock_htons(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return byte_order("htons", args, nargs, kwnames, false);
}
Object* sock_ntohs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return byte_order("ntohs", args, nargs, kwnames, false);
}
Object* sock_htonl(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return byte_order("htonl", args, nargs, kwnames, true);
}
Object* sock_ntohl(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return byte_order("ntohl", args, nargs, kwnames, true);
}

Object* sock_getdefaulttimeout(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("getdefaulttimeout", nargs, kwnames, 0, 0)) return nullptr;
  return default_timeout_ns < 0 ? None : float_from_double(static_cast<double>(default_timeout_ns) * 1e-9);
}

Object* sock_setdefaulttimeout(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setdefaulttimeout", nargs, kwnames, 1, 1)) return nullptr;
  int64_t ns = -1;
  if (args[0] != None) {
    if (!seconds_to_ns(args[0], &ns)) return nullptr;
    if (ns < 0) return raise(&exc::ValueError, "Timeout value out of range");
  }
  default_timeout_ns = ns;
  return None;
}

Object* sock_close_fd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_int(args[0], &fd)) return nullptr;
  if (::close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return raise_from_errno(errno);
  return None;
}

MethodDef socket_methods[] = {
    {"getaddrinfo", sock_getaddrinfo, 0,
     "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\n"
     "Resolve host and port into addrinfo struct."},
    {"gethostname", sock_gethostname, 0, "gethostname() -> string\n\nReturn the current host name."},
    {"gethostbyname", sock_gethostbyname, 0, "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host."},
    {"socketpair", sock_socketpair, 0, "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\n"
                                       "Create a pair of socket objects from the sockets returned by the platform\nsocketpair() function."},
    {"fromfd", sock_fromfd, 0, "fromfd(fd, family, type[, proto]) -> socket object\n\nCreate a socket object from a duplicate of the given file descriptor."},
    {"create_connection", sock_create_connection, 0,
     "create_connection(address, timeout=<default>, source_address=None, *, all_errors=False)\n\n"
     "Connect to *address* and return the socket object."},
    {"create_server", sock_create_server, 0,
     "create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False)\n\n"
     "Convenience function which creates a SOCK_STREAM type socket\nbound to *address* (a 2-tuple (host, port)) and return the socket\nobject."},
    {"inet_aton", sock_inet_aton, 0, "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\nConvert an IP address in string format (123.45.67.89) to the 32-bit packed\nbinary format used in low-level network functions."},
    {"inet_ntoa", sock_inet_ntoa, 0, "inet_ntoa(packed_ip) -> ip_address_string\n\nConvert an IP address from 32-bit packed binary format to string format."},
    {"inet_pton", sock_inet_pton, 0, "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable\nfor use with low-level network functions."},
    {"inet_ntop", sock_inet_ntop, 0, "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format."},
    {"htons", sock_htons, 0, "htons(integer) -> integer\n\nConvert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", sock_ntohs, 0, "ntohs(integer) -> integer\n\nConvert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", sock_htonl, 0, "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order."},
    {"ntohl", sock_ntohl, 0, "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order."},
    {"getdefaulttimeout", sock_getdefaulttimeout, 0, "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects."},
    {"setdefaulttimeout", sock_setdefaulttimeout, 0, "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects."},
    {"close", sock_close_fd, 0, "close(integer) -> None\n\nClose an integer socket file descriptor."},
    {nullptr},
};

#define FROST_SOCKET_CONSTANTS(X)                                                                           \
  X(AF_INET) X(AF_INET6) X(AF_UNIX) X(AF_UNSPEC) X(AF_PACKET) X(AF_NETLINK) X(SOCK_STREAM) X(SOCK_DGRAM)     \
  X(SOCK_RAW) X(SOCK_SEQPACKET) X(SOCK_RDM) X(SOCK_NONBLOCK) X(SOCK_CLOEXEC) X(SOL_SOCKET) X(SO_REUSEADDR)  \
  X(SO_REUSEPORT) X(SO_KEEPALIVE) X(SO_RCVBUF) X(SO_SNDBUF) X(SO_ERROR) X(SO_TYPE) X(SO_LINGER)            \
  X(SO_BROADCAST) X(SO_RCVLOWAT) X(SO_SNDLOWAT) X(SO_RCVTIMEO) X(SO_SNDTIMEO) X(SO_DOMAIN) X(SO_PROTOCOL)  \
  X(SO_ACCEPTCONN) X(SO_OOBINLINE) X(SO_DEBUG) X(SO_DONTROUTE) X(SO_PRIORITY) X(SO_MARK) X(SO_BINDTODEVICE) \
  X(SO_PEERCRED) X(SO_PASSCRED) X(SOMAXCONN) X(IPPROTO_IP) X(IPPROTO_TCP) X(IPPROTO_UDP) X(IPPROTO_IPV6)    \
  X(IPPROTO_ICMP) X(IPPROTO_ICMPV6) X(IPPROTO_RAW) X(IPV6_V6ONLY) X(IP_TOS) X(IP_TTL) X(IP_MULTICAST_TTL)   \
  X(IP_MULTICAST_LOOP) X(IP_ADD_MEMBERSHIP) X(IP_DROP_MEMBERSHIP) X(TCP_NODELAY) X(TCP_MAXSEG) X(TCP_CORK)  \
  X(TCP_KEEPIDLE) X(TCP_KEEPINTVL) X(TCP_KEEPCNT) X(TCP_SYNCNT) X(TCP_LINGER2) X(TCP_DEFER_ACCEPT)        \
  X(TCP_WINDOW_CLAMP) X(TCP_INFO) X(TCP_QUICKACK) X(TCP_FASTOPEN) X(TCP_USER_TIMEOUT) X(TCP_NOTSENT_LOWAT) \
  X(SHUT_RD) X(SHUT_WR) X(SHUT_RDWR) X(MSG_PEEK) X(MSG_DONTWAIT) X(MSG_WAITALL) X(MSG_NOSIGNAL) X(MSG_OOB)  \
  X(MSG_TRUNC) X(MSG_CTRUNC) X(MSG_EOR) X(MSG_DONTROUTE) X(MSG_CONFIRM) X(MSG_MORE) X(MSG_ERRQUEUE)        \
  X(MSG_CMSG_CLOEXEC) X(AI_PASSIVE) X(AI_CANONNAME) X(AI_NUMERICHOST) X(AI_NUMERICSERV) X(AI_ADDRCONFIG)   \
  X(AI_V4MAPPED) X(AI_ALL) X(NI_NUMERICHOST) X(NI_NUMERICSERV) X(NI_NOFQDN) X(NI_NAMEREQD) X(NI_DGRAM)      \
  X(NI_MAXHOST) X(NI_MAXSERV) X(EAI_ADDRFAMILY) X(EAI_AGAIN) X(EAI_BADFLAGS) X(EAI_FAIL) X(EAI_FAMILY)     \
  X(EAI_MEMORY) X(EAI_NODATA) X(EAI_NONAME) X(EAI_OVERFLOW) X(EAI_SERVICE) X(EAI_SOCKTYPE) X(EAI_SYSTEM)   \
  X(INADDR_ANY) X(INADDR_BROADCAST) X(INADDR_LOOPBACK) X(INADDR_NONE) X(INADDR_UNSPEC_GROUP)               \
  X(INADDR_ALLHOSTS_GROUP) X(INADDR_MAX_LOCAL_GROUP)

int socket_exec(Object* m) {
  socket_type_init();
  if (!GaiErrorType) {
    GaiErrorType = new_exception_class("socket", "gaierror", &exc::OSError);
    HErrorType = GaiErrorType ? new_exception_class("socket", "herror", &exc::OSError) : nullptr;
    if (!HErrorType) return -1;
  }
#define FROST_ADD_CONSTANT(n) \
  if (module_add_int(m, #n, static_cast<int64_t>(n)) < 0) return -1;
  FROST_SOCKET_CONSTANTS(FROST_ADD_CONSTANT)
#undef FROST_ADD_CONSTANT
  if (module_add(m, "socket", &SocketType) < 0 || module_add(m, "SocketType", &SocketType) < 0 ||
      module_add(m, "timeout", &exc::TimeoutError) < 0 || module_add(m, "error", &exc::OSError) < 0 ||
      module_add(m, "gaierror", GaiErrorType) < 0 || module_add(m, "herror", HErrorType) < 0 ||
      module_add(m, "has_ipv6", True) < 0)
    return -1;
  return 0;
}

ModuleDef socket_def = {"socket", "This module provides socket operations and some related functions.",
                        socket_methods, socket_exec};
ModuleRegistrar registrar(&socket_def);

}  // namespace

}  // namespace frost
