# Generator functions: lazy execution, StopIteration, return inside generators.
def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted default"))
print(list(countdown(4)))
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value via StopIteration:", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, "abcdef"))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(sum(evens(100)), max(evens(10)), list(evens(0)))
def gen_expression_source():
    yield from (c.upper() for c in "abc")
print(list(gen_expression_source()))
def yields_none():
    x = yield
    print("  received", x)
    yield
g = yields_none()
print(next(g))
print(g.send("hello"))
def nested_gen():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested_gen()))
g = countdown(2)
print(iter(g) is g, list(g), list(g))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator cleanup")
for v in gen_with_finally():
    print("got", v)
print(sum(x for x in range(10) if x % 3), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
