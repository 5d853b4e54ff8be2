# socket odds and ends: socketpair (AF_UNIX), AF_UNIX path and abstract
# sockets, UDP sendto/recvfrom, IPv6 loopback, create_server/
# create_connection, getaddrinfo on numeric hosts and localhost, inet_*,
# byte order, constants, exception classes, and argument errors.
import os, socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.getsockname(), a.getpeername())
a.sendall(b"ping")
print(b.recv(4), repr(a).endswith("proto=0>"))
a.close()
b.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"one")
a.send(b"two")
print(b.recv(100), b.recv(100))
a.close()
b.close()

path = "/tmp/frost_sock_%d" % os.getpid()
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, os.path.exists(path))
cl = socket.socket(socket.AF_UNIX)
cl.connect(path)
conn, addr = srv.accept()
print(repr(addr), cl.getpeername() == path)
cl.sendall(b"unix")
print(conn.recv(10))
for s in (cl, conn, srv):
    s.close()
os.remove(path)
ab = socket.socket(socket.AF_UNIX)
ab.bind(b"\0frost-abstract-%d" % os.getpid())
print(ab.getsockname() == b"\0frost-abstract-%d" % os.getpid())
ab.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(v.sendto(b"dgram", u.getsockname()), v.sendto(b"flags", 0, u.getsockname()))
d, frm = u.recvfrom(100)
print(d, frm == v.getsockname(), u.recvfrom(100)[0])
v.connect(u.getsockname())
v.send(b"connected")
print(u.recv(100), u.type == socket.SOCK_DGRAM)
u.close()
v.close()

s6 = socket.socket(socket.AF_INET6)
s6.bind(("::1", 0))
s6.listen()
name = s6.getsockname()
print(name[0], len(name), name[2:])
c6 = socket.create_connection(("::1", name[1]))
print(c6.family == socket.AF_INET6, c6.getpeername()[:2] == name[:2])
c6.close()
s6.close()

ls = socket.create_server(("127.0.0.1", 0), backlog=5)
print(ls.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, ls.getsockname()[0], ls.gettimeout())
port = ls.getsockname()[1]
cc = socket.create_connection(("localhost", port), 3, source_address=("127.0.0.1", 0))
sc, _ = ls.accept()
print(cc.gettimeout(), sc.getpeername() == cc.getsockname())
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno, "(while attempting to bind on address ('127.0.0.1'," in str(e))
rp = socket.create_server(("127.0.0.1", 0), reuse_port=True)
print(rp.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT))
for s in (cc, sc, ls, rp):
    s.close()
try:
    socket.create_connection(("127.0.0.1", port), timeout=1)
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno)



def gai(*args):
    # CPython's family and type are IntEnum members: print them as ints.
    return [(int(f), int(t), p, c, a) for f, t, p, c, a in socket.getaddrinfo(*args)]


print(gai("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(gai("127.0.0.1", "8080", 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST))
print(gai("localhost", None, socket.AF_INET, socket.SOCK_DGRAM))
print(gai(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(gai("::1", 7, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"), isinstance(socket.gethostname(), str))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\xfe\x80" + b"\x00" * 13 + b"\x01"), socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET)
print(socket.SO_REUSEADDR, socket.SO_REUSEPORT, socket.SO_KEEPALIVE, socket.SO_RCVBUF, socket.SO_SNDBUF)
print(socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.SOMAXCONN)
print(socket.error is OSError, socket.timeout is TimeoutError, socket.has_ipv6, issubclass(socket.socket, socket.SocketType))
print(socket.gaierror.__mro__[1:3], socket.herror.__name__, socket.gaierror.__module__)


def check(f):
    try:
        print("ok", f())
    except socket.gaierror as e:
        print("gaierror", e.errno == socket.EAI_NONAME)
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = socket.socket()
check(lambda: s.bind(("127.0.0.1",)))
check(lambda: s.bind("x"))
check(lambda: s.bind(("127.0.0.1", "x")))
check(lambda: s.bind(("127.0.0.1", 70000)))
check(lambda: s.bind((1, 0)))
check(lambda: s.bind(("no-such-host.invalid", 0)))
check(lambda: s.getpeername())
check(lambda: s.recv())
check(lambda: s.recv(-1))
check(lambda: s.recv("x"))
check(lambda: s.send("x"))
check(lambda: s.sendall("x"))
check(lambda: s.recv_into(b"x"))
check(lambda: s.recv_into(bytearray(2), 5))
check(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
check(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
check(lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
check(lambda: s.listen("x"))
check(lambda: s.shutdown(5))
check(lambda: s.makefile("x"))
check(lambda: s.accept())
s.close()
check(lambda: socket.socket(99))
check(lambda: socket.socket(socket.AF_INET, 99))
check(lambda: socket.socket("x"))
check(lambda: socket.socket(fileno=99999))
check(lambda: socket.getaddrinfo(1, 80))
check(lambda: socket.getaddrinfo("localhost", 1.5))
check(lambda: socket.getaddrinfo("no-such-host.invalid", 80))
check(lambda: socket.inet_aton("x"))
check(lambda: socket.inet_ntoa(b"\x01"))
check(lambda: socket.inet_pton(socket.AF_INET, "x"))
check(lambda: socket.create_connection(("127.0.0.1",)))
check(lambda: socket.create_connection())
