# Classes: instance vs class attributes, methods, __dict__, __class__, type().__name__.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex", 3)
d2 = Dog("Fido", 5)
print(d1.describe(), d2.describe(), Dog.count, d1.count)
print(d1.species, Dog.species, d1.species is Dog.species)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
print(d1.birthday().birthday().age)
print(d1.__dict__, sorted(d2.__dict__))
print(type(d1).__name__, d1.__class__.__name__, d1.__class__ is Dog, type(d1) is Dog)
print(Dog.__name__, type(Dog).__name__, isinstance(d1, Dog), isinstance(Dog, type))
m = d1.describe
print(m(), Dog.describe(d2), m.__self__ is d1, m.__func__ is Dog.describe)
d1.trick = "roll over"
print(d1.trick, hasattr(d2, "trick"))
try:
    d2.trick
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(e.__dict__, type(e).__name__, Empty.__bases__[0].__name__)
e.__dict__["injected"] = 1
print(e.injected)
class WithClassState:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassState(), WithClassState()
a.add(1)
b.add(2)
print(a.items, b.items, WithClassState.items, "shared mutable class attribute")
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Fixed().add(1).items, Fixed().add(2).items)
class Doc:
    """Class docstring."""
print(Doc.__doc__, Empty.__doc__, Doc.__module__)
class Chain:
    def __init__(self):
        self.ops = []
    def push(self, x):
        self.ops.append(x)
        return self
print(Chain().push(1).push(2).push(3).ops)
