# select.poll: register/modify/unregister, events in registration order,
# POLLHUP after the writer closes, timeouts in milliseconds, re-registering,
# objects with fileno(), and CPython's errors.
import os, select, socket, time

print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
p = select.poll()
print(type(p).__name__, p.poll(0), p.poll(0.5))
r1, w1 = os.pipe()
r2, w2 = os.pipe()
p.register(r1)
p.register(r2, select.POLLIN)
p.register(w1, select.POLLOUT)
print(p.poll(0) == [(w1, select.POLLOUT)])
os.write(w2, b"a")
os.write(w1, b"b")
print(p.poll(0) == [(r1, select.POLLIN), (r2, select.POLLIN), (w1, select.POLLOUT)])
p.unregister(w1)
p.modify(r1, select.POLLOUT)
print(p.poll(0) == [(r2, select.POLLIN)])
p.register(r1, select.POLLIN)
print(p.poll(None) == [(r1, select.POLLIN), (r2, select.POLLIN)])
p.unregister(r1)
os.read(r2, 1)
t0 = time.monotonic()
print(p.poll(50), time.monotonic() - t0 >= 0.04, p.poll(-1 if False else 0))
os.close(w2)
print(p.poll(100) == [(r2, select.POLLHUP)])
p.unregister(r2)
os.close(r2)


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


a, b = socket.socketpair()
p.register(F(a.fileno()), select.POLLIN)
p.register(b, select.POLLOUT)
b.send(b"data")
res = p.poll(1000)
print(sorted(res) == sorted([(a.fileno(), select.POLLIN), (b.fileno(), select.POLLOUT)]))
p.unregister(a)
p.unregister(F(b.fileno()))
print(p.poll(0))
a.close()
b.close()
os.close(r1)
os.close(w1)


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


q = select.poll()
check(lambda: select.poll(1))
check(lambda: q.register())
check(lambda: q.register("x"))
check(lambda: q.register(-1))
check(lambda: q.register(0, "x"))
check(lambda: q.register(0, -1))
check(lambda: q.register(0, 1 << 20))
check(lambda: q.modify(5, 1))
check(lambda: q.modify(0, "x"))
check(lambda: q.unregister(5))
check(lambda: q.unregister("x"))
check(lambda: q.poll("x"))
check(lambda: q.poll(1, 2))
