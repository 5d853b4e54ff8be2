# select.select over pipes and socketpairs: readiness of each list, objects
# with fileno(), the timeout (0, float, None with something ready), hang-up
# as readable, and the errors for bad arguments.
import os, select, socket, time

r, w = os.pipe()
names = {r: "r", w: "w"}


def show(result):
    # fd numbers differ between runs: print which of r and w are ready
    return tuple([names.get(x, x) for x in lst] for lst in result)


print(show(select.select([r], [w], [], 0)))
os.write(w, b"x")
print(show(select.select([r], [w], [r, w], 0)))
print(show(select.select([r], [], [], None)))
os.read(r, 1)
t0 = time.monotonic()
print(select.select([r], [], [], 0.05), time.monotonic() - t0 >= 0.04)
print(select.select([], [], [], 0.01), select.select((), (), (), 0))


class F:
    def __init__(self, fd, name):
        self.fd = fd
        self.name = name

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "F(%s)" % self.name


fr, fw = F(r, "r"), F(w, "w")
os.write(w, b"yz")
print(select.select([fr, fw], [fw, fr], [], 0))
print(show(select.select([r, r], [w], [], 0)))
os.close(w)
print(show(select.select([r], [], [], 0)))
print(os.read(r, 10), os.read(r, 10), show(select.select([r], [], [], 0)))
os.close(r)

a, b = socket.socketpair()
print(select.select([a, b], [a], [], 0)[0], select.select([a, b], [a], [], 0)[1] == [a])
b.send(b"hi")
ready = select.select([a, b], [], [], 1)[0]
print(ready == [a], a.recv(10))
b.close()
print(select.select([a], [], [], 1)[0] == [a], a.recv(10))
a.close()
print(select.error is OSError)


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: select.select())
check(lambda: select.select([], []))
check(lambda: select.select([], [], [], -1))
check(lambda: select.select([], [], [], "x"))
check(lambda: select.select([], [], [], float("nan")))
check(lambda: select.select(1, [], []))
check(lambda: select.select(["a"], [], [], 0))
check(lambda: select.select([-1], [], [], 0))
check(lambda: select.select([F("x", "bad")], [], [], 0))
check(lambda: select.select([], [], [], timeout=0))
