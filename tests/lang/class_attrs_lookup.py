# Attribute lookup order: instance dict, class, base classes; class attributes changed at runtime.
class Base:
    color = "red"
    shape = "circle"
    def describe(self):
        return f"{self.color} {self.shape} {self.size}"
class Child(Base):
    shape = "square"
    size = "small"
c = Child()
print(c.describe())
c.color = "blue"
print(c.describe(), Base.color, Child.color)
Base.color = "green"
print(Child().describe(), c.describe())
Child.size = "large"
print(c.describe())
del c.color
print(c.describe())
print("color" in vars(Child), "color" in vars(Base), "shape" in vars(Child))
print([k for k in vars(Child) if not k.startswith("__")], sorted(vars(c)))
class Defaults:
    retries = 3
    timeout = 1.5
    def __init__(self, **overrides):
        for k, v in overrides.items():
            if not hasattr(type(self), k):
                raise AttributeError(f"unknown setting {k!r}")
            setattr(self, k, v)
d1, d2 = Defaults(), Defaults(retries=5)
print(d1.retries, d2.retries, d2.timeout, vars(d2))
try:
    Defaults(bogus=1)
except AttributeError as e:
    print(type(e).__name__, e)
class Registry:
    items = []
    def add(self, x):
        self.items = self.items + [x]
r1, r2 = Registry(), Registry()
r1.add(1)
r2.add(2)
print(r1.items, r2.items, Registry.items)
class Meta:
    count = 0
    def __init__(self):
        self.count += 1
m1 = Meta()
m2 = Meta()
print(m1.count, m2.count, Meta.count)
class WithMethodAttr:
    def method(self):
        return "method"
w = WithMethodAttr()
w.method = lambda: "instance attribute shadows the method"
print(w.method(), WithMethodAttr().method())
class Grand:
    level = "grand"
class Parent(Grand):
    pass
class Kid(Parent):
    pass
print(Kid.level, Kid().level)
Parent.level = "parent"
print(Kid.level)
del Parent.level
print(Kid.level)
