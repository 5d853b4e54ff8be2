# select.epoll: register/modify/unregister, level- and edge-triggered
# readiness, maxevents, timeouts in seconds, close/closed/fileno, the
# context manager, fromfd, and errors (closed object, bad masks and fds).
import os, select, socket, time

print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLPRI, select.EPOLLERR, select.EPOLLHUP, select.EPOLLET)
print(select.EPOLLONESHOT, select.EPOLLRDHUP, select.EPOLLEXCLUSIVE, select.EPOLL_CLOEXEC)
ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() > 2, ep.poll(0))
a, b = socket.socketpair()
ep.register(a.fileno(), select.EPOLLIN)
ep.register(b, select.EPOLLOUT)
print(ep.poll(0) == [(b.fileno(), select.EPOLLOUT)])
b.send(b"ping")
print(sorted(ep.poll(1)) == sorted([(a.fileno(), select.EPOLLIN), (b.fileno(), select.EPOLLOUT)]))
print(len(ep.poll(timeout=0, maxevents=1)))
ep.modify(b.fileno(), select.EPOLLIN)
print(ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
print(ep.poll(0) == [(a.fileno(), select.EPOLLIN)])
ep.modify(a, select.EPOLLIN | select.EPOLLET)
print(ep.poll(0) == [(a.fileno(), select.EPOLLIN)], ep.poll(0))
b.send(b"more")
print(ep.poll(1) == [(a.fileno(), select.EPOLLIN)], a.recv(100))
ep.unregister(a)
t0 = time.monotonic()
print(ep.poll(0.05), time.monotonic() - t0 >= 0.04)
b.close()
ep.register(a, select.EPOLLIN | select.EPOLLRDHUP)
ev = ep.poll(1)
print(ev[0][0] == a.fileno(), bool(ev[0][1] & select.EPOLLIN), bool(ev[0][1] & select.EPOLLRDHUP))
a.close()
e2 = select.epoll.fromfd(os.dup(ep.fileno()))
print(e2.closed, e2.fileno() != ep.fileno())
e2.close()
ep.close()
ep.close()
print(ep.closed)
with select.epoll() as e3:
    print(e3.closed)
print(e3.closed)


try:
    class MyEpoll(select.epoll):
        pass
except TypeError as e:
    print("TypeError:", e)


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: ep.poll(0))
check(lambda: ep.fileno())
check(lambda: ep.register(0))
check(lambda: ep.__enter__())
e = select.epoll()
check(lambda: e.register(-1))
check(lambda: e.register(0, "x"))
check(lambda: e.modify(0, 1))
check(lambda: e.unregister(0))
check(lambda: e.poll(0, 0))
check(lambda: e.poll(0, -2))
check(lambda: e.poll("x"))
check(lambda: select.epoll(-2))
check(lambda: select.epoll(flags=5))
r, w = os.pipe()
e.register(r)
check(lambda: e.register(r))
os.close(r)
os.close(w)
e.close()
