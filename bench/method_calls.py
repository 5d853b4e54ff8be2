# Benchmark: method calls on instances, attribute reads and writes, small class hierarchy.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def inc(self):
        self.count += self.step

    def get(self):
        return self.count


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x = self.x * k % 1000
        self.y = self.y * k % 1000
        return self


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() + self.sides()


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def sides(self):
        return 4


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def sides(self):
        return 3


def run(n):
    c = Counter()
    v = Vector(3, 4)
    w = Vector(5, 6)
    shapes = [Rect(2, 3), Tri(4, 5), Rect(7, 1), Tri(3, 3)]
    total = 0
    for i in range(n):
        c.inc()
        total += v.dot(w)
        v.scale(3)
        total += shapes[i & 3].describe()
        if i % 1000 == 0:
            c.step = c.step + 1
    return total + c.get()


print("checksum", run(2400000))
