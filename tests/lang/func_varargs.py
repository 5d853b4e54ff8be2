# *args and **kwargs in definitions, and * / ** unpacking in calls.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
print(f(*[1, 2], *(3,), **{"x": 1}, y=2, **{"z": 3}))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(5)))
def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("point", x=1, y=2), describe("empty"))
def wrapper(*args, **kwargs):
    return describe(*args, **kwargs)
print(wrapper("w", a=1))
def pos3(a, b, c):
    return a * 100 + b * 10 + c
print(pos3(*[1, 2, 3]), pos3(1, *[2, 3]), pos3(*"1", 2, 3) if False else pos3(**{"c": 3, "a": 1, "b": 2}))
print(pos3(1, **{"b": 2, "c": 3}), pos3(*(1,), c=3, b=2))
args = (4, 5)
kw = {"c": 6}
print(pos3(*args, **kw))
try:
    pos3(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos3(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def kwargs_is_new_dict(**kw):
    kw["added"] = True
    return kw
d = {"a": 1}
print(kwargs_is_new_dict(**d), d)
def star_tuple(*a):
    return type(a).__name__, a
print(star_tuple(*[1, 2]), star_tuple(*range(3)), star_tuple(*{"k": 1}), star_tuple(*"hi"))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
