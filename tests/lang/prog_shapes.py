# Polymorphism with an abstract base class (NotImplementedError), class attributes and sorting.
class Shape:
    sides = 0
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")
    def __lt__(self, other):
        return self.area() < other.area()
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f}, perimeter={self.perimeter():.2f}, sides={self.sides})"
class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
class Triangle(Shape):
    sides = 3
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Blob(Shape):
    pass
print(Shape.registry)
shapes = [Rectangle(3, 4), Square(2), Triangle(3, 4, 5), Circle(1), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print("largest:", type(max(shapes)).__name__, "total area: %.3f" % sum(s.area() for s in shapes))
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)], Square.sides, Square.__mro__[1].__name__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
try:
    print(Blob())
except NotImplementedError as e:
    print("NotImplementedError:", e)
by_sides = {}
for s in shapes:
    by_sides.setdefault(s.sides, []).append(type(s).__name__)
print(dict(sorted(by_sides.items())))
