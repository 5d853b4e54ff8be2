# __new__: controlling instance creation, singletons, immutable-like classes, __init__ interplay.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("  creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("  __init__ with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Point:
    def __new__(cls, x, y):
        print("  __new__", cls.__name__, x, y)
        self = object.__new__(cls)
        self.created_by_new = True
        return self
    def __init__(self, x, y):
        print("  __init__", x, y)
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, p.created_by_new)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never called, __new__ returned another type")
print(NotMine())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached._cache))
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.456)
print(c, c + 1, isinstance(c, float), type(c + 1).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), u.lower(), type(u).__name__, isinstance(u, str), u == "HELLO")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(3, 4)
print(pr, pr.first, pr[1], len(pr), pr + (5,), type(pr).__name__)
class Factory:
    def __new__(cls, kind):
        if kind == "a":
            return super().__new__(KindA)
        return super().__new__(KindB)
class KindA(Factory):
    def __init__(self, kind):
        self.name = "A"
class KindB(Factory):
    def __init__(self, kind):
        self.name = "B"
print(Factory("a").name, Factory("b").name, type(Factory("a")).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
