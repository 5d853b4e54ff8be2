# Functions as values: stored in containers, passed, returned, compared.
def square(x): return x * x
def cube(x): return x ** 3
def negate(x): return -x
pipeline = [square, negate, abs, str]
def run(value, fns):
    for fn in fns:
        value = fn(value)
    return value
print(run(7, pipeline), run(-3, [cube, abs]))
table = {"sq": square, "cu": cube}
print({name: fn(3) for name, fn in table.items()})
print(list(map(square, range(5))), list(map(pow, [2, 3], [5, 2])), list(filter(None, [0, 1, "", "a", None])))
print(sorted([-3, 1, -2], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run
print(apply_n(square, 3)(2), apply_n(lambda s: s + "!", 3)("hey"))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, square, negate)(4))
print(square == square, square is table["sq"], square != cube, callable(square), callable(3))
print(type(square).__name__, type(len).__name__, type(print).__name__, type([].append).__name__)
def dispatch(op, *args):
    handlers = {"add": lambda a, b: a + b, "join": lambda *p: "-".join(p), "neg": negate}
    return handlers.get(op, lambda *a: "unknown op " + op)(*args)
print(dispatch("add", 2, 3), dispatch("join", "a", "b", "c"), dispatch("neg", 4), dispatch("pow"))
import_free_reduce_total = 0
def reduce(fn, items, initial):
    acc = initial
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(max, [3, 8, 2], 0), reduce(lambda a, b: b + a, "abc", ""))
methods = [str.upper, str.title, str.strip]
print([m("  mixed case  ") for m in methods])
bound = "a,b".split
print(bound(","), bound.__name__)
counter = {"n": 0}
def side():
    counter["n"] += 1
    return counter["n"]
print(max(side() for _ in range(5)), counter)
