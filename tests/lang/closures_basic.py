# Closures capture variables (cells), not values.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_multiplier_list():
    return [make_adder(i) for i in range(3)]
print([f(100) for f in make_multiplier_list()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(deep()())
def cache_fn(fn):
    seen = {}
    def wrapped(n):
        if n not in seen:
            seen[n] = fn(n)
        return seen[n]
    wrapped.seen = seen
    return wrapped
sq = cache_fn(lambda n: n * n)
print(sq(3), sq(4), sq(3), sorted(sq.seen.items()))
def accumulator(start):
    total = [start]
    def add(x):
        total[0] += x
        return total[0]
    return add
acc = accumulator(100)
print(acc(10), acc(-5), acc(0))
def shared():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = shared()
s(42)
print(g())
x = "global"
def no_capture():
    return x
def shadows():
    x = "enclosing"
    def f():
        return x
    return f()
print(no_capture(), shadows())
