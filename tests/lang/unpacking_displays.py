# * and ** in displays and calls: [*a, *b], {**d1, **d2}, {*s}, print(*args).
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5], (*a,), (*a, *b, *"xy"), {*a, *b, 2})
print([*range(3), *"ab", *{"k": 1}])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}})
print(d1 | d2, d2 | d1)
d3 = dict(d1)
d3 |= {"q": 9}
print(d3)
print(*a, *b)
print(*"abc", sep="|")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d1, **{"k": "v"}))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print(type(e).__name__, "multiple values for keyword argument" in str(e))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(row) for row in zip(*matrix)])
print(max(*a, *b), min(*"hello"))
first, *others = [*"ab", *"cd"]
print(first, others)
nested = [*[*[1], *[2]], *[[3]]]
print(nested)
s = {*"hello"}
print(sorted(s), len(s))
print([*map(str.upper, "ab")], (*filter(None, [0, 1, 2]),))
def kw_only(*, a, b):
    return a - b
print(kw_only(**{"a": 10, "b": 3}))
