# Default parameter values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3))
print(append_bad.__defaults__)
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2), append_good(3, [0]))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
def memo_count(n, _cache={}):
    if n in _cache:
        return _cache[n], "cached"
    _cache[n] = n * n
    return _cache[n], "computed"
print(memo_count(4), memo_count(4), memo_count(5))
def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1), many(1, 20), many(1, d=40), many(1, 2, 3, 4), many(a=0, c=30))
def make_defaults():
    calls = []
    def f(x=len(calls)):
        return x
    calls.append(1)
    return f()
print(make_defaults())
print(greet.__defaults__, many.__defaults__, (lambda x, y=5: 0).__defaults__)
def none_default(x=None, items=()):
    return x, items
print(none_default(), none_default(1, [2]))
