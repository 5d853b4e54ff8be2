# staticmethod and classmethod: alternative constructors, registries, calling via class and instance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_ish(cls):
        return cls(2024, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02d}, {self.d:02d})"
class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = map(int, s.split("."))
        return cls(y, m, d)
print(Date.from_string("2023-07-04"), EuroDate.from_string("04.07.2023"), EuroDate.today_ish())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = Date(2020, 2, 29)
print(d.from_string("1999-12-31"), type(d.today_ish()).__name__)
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, name):
        return cls.registry[name]()
class Csv(Plugin):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), type(Plugin.create("json")).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
    @staticmethod
    def helper(x, y):
        return x + y
Counter(); Counter()
print(Counter.how_many(), Counter().how_many(), Counter.helper(2, 3), Counter().helper("a", "b"))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size([1, 2, 3]), Late.name(), Late().name())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.is_leap.__name__, Date.from_string.__self__ is Date)
class Shape:
    @classmethod
    def unit(cls):
        return cls(1)
    def __init__(self, size):
        self.size = size
class Square(Shape):
    def area(self):
        return self.size ** 2
print(Square.unit().area(), type(Square.unit()).__name__)
