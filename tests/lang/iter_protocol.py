# The iterator protocol: __iter__/__next__ classes, iter() with sentinel, next() default.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in Countdown(3):
    print("for got", x)
class Range2:
    """Iterable (not an iterator): each iter() gives a fresh iterator."""
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True), 2 in r)
print([(a, b) for a in r for b in r if a < b])
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i
print(list(OldStyle()), [x for x in OldStyle()])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
data = [5, 3, 0, 7]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration args:", e.args)
try:
    iter(42)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
s = "xyz"
si = iter(s)
print(type(si).__name__ in ("str_iterator", "str_ascii_iterator"), next(si), list(si))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
e = enumerate("ab")
print(next(e), list(e), iter(e) is e)
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(str, [1, 2])
print(next(m), next(m), next(m, "end"))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), max(Fib(1000)), list(zip(Fib(5), "abc")))
