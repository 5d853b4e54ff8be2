# Generator send(): coroutine-style running averages and accumulators.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("  echo finished with", received)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
g = echo()
try:
    g.send("too early")
except TypeError as ex:
    print(type(ex).__name__, ex)
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
r = running_max()
next(r)
print([r.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def parser():
    while True:
        line = yield
        if line is None:
            break
        key, _, value = line.partition("=")
        print(f"  parsed {key!r} -> {value!r}")
    return "parser done"
p = parser()
next(p)
p.send("a=1")
p.send("b=two")
try:
    p.send(None)
except StopIteration as s:
    print("StopIteration value:", s.value)
def gen():
    x = yield 1
    y = yield x * 2
    yield x + y
g = gen()
print(next(g), g.send(10), g.send(5))
print(next(g, "end"))
