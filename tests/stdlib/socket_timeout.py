# socket timeouts and blocking modes: settimeout/gettimeout/setblocking/
# getblocking, TimeoutError ("timed out") from recv/accept/sendall with a
# deadline, BlockingIOError in non-blocking mode, a connect with a timeout,
# and socket.setdefaulttimeout applying to new sockets.
import errno, socket, time

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), socket.getdefaulttimeout())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
t0 = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args, e.errno, socket.timeout is TimeoutError, time.monotonic() - t0 >= 0.04)
b.send(b"now")
print(a.recv(10))
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout())

# sendall with a timeout: the peer never reads, so the buffers fill up
b.settimeout(0.1)
t0 = time.monotonic()
try:
    b.sendall(b"x" * (32 * 1024 * 1024))
    print("sent everything?")
except socket.timeout as e:
    print("sendall", e, time.monotonic() - t0 < 5)
a.close()
b.close()

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept", e)
port = srv.getsockname()[1]
c = socket.socket()
c.settimeout(2)
c.connect(("127.0.0.1", port))
conn, _ = srv.accept()
print(c.gettimeout(), conn.gettimeout(), conn.getblocking())
c.sendall(b"hi")
print(conn.recv(2))
conn.close()
c.close()
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept BlockingIOError", e.errno == errno.EAGAIN)
srv.close()

socket.setdefaulttimeout(1.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
p, q = socket.socketpair()
print(p.gettimeout(), q.gettimeout())
for x in (s, p, q):
    x.close()
socket.setdefaulttimeout(None)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout())


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: s.settimeout(-1))
check(lambda: s.settimeout("x"))
check(lambda: s.settimeout(float("nan")))
check(lambda: s.settimeout())
check(lambda: socket.setdefaulttimeout(-2))
s.close()
check(lambda: s.settimeout(1))
check(lambda: s.setblocking(False))
