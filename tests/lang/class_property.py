# property: decorator form with setter/deleter, the property() call form, read-only properties.
class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius
    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        self._celsius = 0.0
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
t.celsius = -40
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
c = Circle(2)
print(c.area)
c.r = 3
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, "can't set" in str(e) or "no setter" in str(e))
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__)
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    def get_full(self):
        return f"{self.first} {self.last}"
    def set_full(self, value):
        self.first, self.last = value.split(" ", 1)
    full = property(get_full, set_full, None, "Full name")
p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Hopper"
print(p.first, p.last, Person.full.__doc__)
class Lazy:
    def __init__(self):
        self._value = None
        self.computations = 0
    @property
    def value(self):
        if self._value is None:
            self.computations += 1
            self._value = sum(range(1000))
        return self._value
lz = Lazy()
print(lz.value, lz.value, lz.computations)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().name, isinstance(Base.name, property))
class Validated:
    def __init__(self):
        self._age = 0
    def _get(self):
        return self._age
    def _set(self, v):
        if not isinstance(v, int):
            raise TypeError("age must be an int")
        self._age = v
    age = property(_get, _set)
v = Validated()
v.age = 30
print(v.age)
try:
    v.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(v)))
