# socket over TCP loopback: a listening socket on an ephemeral port,
# create_connection, accept, sendall/recv of a large payload, recv_into,
# shutdown and end of stream, names and repr, options, makefile in binary
# and text modes, closing (EBADF afterwards) and the context manager.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.proto, srv.gettimeout(), srv.getblocking())
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), srv.get_inheritable())
r = repr(srv)
print(r.startswith("<socket.socket fd="), "family=2, type=1, proto=0, laddr=('127.0.0.1', " in r)

c = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr == c.getsockname(), conn.getpeername() == c.getsockname())
print(c.getpeername() == (host, port), conn.gettimeout(), conn.get_inheritable(), "raddr=" in repr(conn))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0, len(c.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4)))

payload = bytes(range(256)) * 4096
c.sendall(payload)
got = bytearray()
while len(got) < len(payload):
    got += conn.recv(65536)
print(len(got), got == payload)
print(c.send(b"abc"), c.send(bytearray(b"def")))
buf = bytearray(4)
n = conn.recv_into(buf)
print(n, buf[:n])
buf = bytearray(10)
n = conn.recv_into(buf, 2)
print(n, buf)
c.sendall(b"peek")
print(conn.recv(4, socket.MSG_PEEK), conn.recv(4), conn.recv(0))

c.shutdown(socket.SHUT_WR)
print(conn.recv(10), conn.recv(10))
conn.sendall(b"reply")
print(c.recv(10))

w = conn.makefile("wb")
w.write(b"line one\nline two\n")
w.flush()
rf = c.makefile("rb")
print(rf.readline(), rf.readline())
tw = conn.makefile("w")
tw.write("caf\u00e9 text\n")
tw.close()
tr = c.makefile()
print(repr(tr.readline()))
w.close()
rf.close()
tr.close()
conn.close()
print(c.recv(10))
c.close()
print(c.fileno(), repr(c)[:34])
c.close()
for call in [lambda: c.recv(1), lambda: c.send(b"x"), lambda: c.getsockname(), lambda: c.listen(),
             lambda: c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1), lambda: c.shutdown(socket.SHUT_RDWR)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
print(c.detach(), c.fileno())

with socket.socket() as s2:
    print(s2.fileno() >= 0, s2.family, s2.type)
print(s2.fileno())
s3 = socket.socket()
fd = s3.detach()
s4 = socket.socket(fileno=fd)
print(s4.family, s4.type, s4.proto, s4.fileno() == fd)
s5 = s4.dup()
print(s5.fileno() != s4.fileno(), s5.family)
s4.close()
s5.close()

cl = socket.socket()
print(cl.connect_ex(("127.0.0.1", port)))
a, _ = srv.accept()
a.close()
cl.close()
srv.close()
cl = socket.socket()
try:
    cl.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno)
cl.close()
cl = socket.socket()
print(cl.connect_ex(("127.0.0.1", port)))
cl.close()
