/*
 * socket_impl.h — what the files of the `socket` module share
 * (socket.cpp: the socket type and its methods; socket_module.cpp:
 * addresses, name resolution, the module's functions and constants).
 * Not a public contract.
 */
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdint>

#include "vm/type.h"

namespace frost {

// The timeout model is CPython's: timeout_ns -1 is blocking mode (None;
// the fd is blocking), 0 non-blocking, > 0 a timeout — for both of the
// latter the fd is O_NONBLOCK and a would-block waits with poll() until
// the deadline.
struct SocketObject : Object {
  int fd;       // -1 once closed or detached
  int family;
  int type;     // without SOCK_NONBLOCK / SOCK_CLOEXEC
  int proto;
  int64_t timeout_ns;
};

extern TypeObject SocketType;
extern TypeObject* GaiErrorType;   // socket.gaierror
extern TypeObject* HErrorType;     // socket.herror
// socket.setdefaulttimeout's value (ns, -1 for None): new sockets start with it.
extern int64_t default_timeout_ns;

inline SocketObject* as_socket(Object* o) { return static_cast<SocketObject*>(o); }

// A socket object of SocketType over `fd` (owned from now on, closed on
// failure), with the default timeout applied.
Object* socket_wrap(int fd, int family, int type, int proto);
// Readies SocketType (socket.cpp); idempotent.
void socket_type_init();
// Sets the O_NONBLOCK flag of the fd after `timeout_ns`; -1 with an
// exception on failure.
int socket_apply_timeout(SocketObject* s);

union SockAddr;
// Connects `s` to `addr`: 0, the errno when !raise_errors (connect_ex),
// or -1 with an exception set (a signal handler's, a timeout, or the
// errno's OSError when raise_errors).
int socket_connect_addr(SocketObject* s, const SockAddr* addr, socklen_t len, bool raise_errors);

union SockAddr {
  sockaddr sa;
  sockaddr_in in;
  sockaddr_in6 in6;
  sockaddr_un un;
  sockaddr_storage storage;
};

// A guest address for `family` (CPython's getsockaddrarg): (host, port)
// for AF_INET, (host, port[, flowinfo[, scope_id]]) for AF_INET6, a path
// for AF_UNIX.  Host names are resolved.  `caller` names the method in
// messages ("bind").
bool sockaddr_from_object(int family, Object* addr, const char* caller, SockAddr* out, socklen_t* len);
// The guest form of an address (CPython's makesockaddr); None when empty.
Object* sockaddr_to_object(const sockaddr* sa, socklen_t len);
// socket.gaierror(code, gai_strerror(code)), or OSError for EAI_SYSTEM.
Object* raise_gaierror(int code);
// socket.timeout (TimeoutError) "timed out".
Object* raise_timed_out();

// Resolves `host` (a str/bytes/bytearray, '' or '<broadcast>') for
// `family` into `out`, numeric hosts without a lookup.
bool resolve_host(Object* host, int family, SockAddr* out);

}  // namespace frost
