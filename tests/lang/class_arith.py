# Arithmetic special methods, reflected operands, in-place operators and NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b))
print(a == Vec(1, 2), a != b, a == (1, 2))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self, items=None):
        self.items = list(items or [])
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __repr__(self):
        return f"Acc({self.items})"
x = Acc([1])
y = x
x += [2]
print(x, y, x is y)
x = x + [3]
print(x, y, x is y)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
o = OnlyAdd(1)
orig = o
o += 5
print(o.v, o is orig)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        print("  __radd__ with", o)
        return self + o
    def __repr__(self):
        return f"Money({self.c})"
print(sum([Money(1), Money(2), Money(3)]), 10 + Money(5))
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return bin(self.v)
p, q = Bits(0b1100), Bits(0b1010)
print(p & q, p | q, p ^ q, p << 2, p >> 2, ~p)
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
class RightSub(Left):
    def __radd__(self, o):
        return "RightSub.__radd__ wins for subclasses"
print(Left() + Right(), 1 + Right(), Left() + RightSub())
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
n = Num(3.7)
print(int(n), float(n), [10, 20, 30, 40][Num(2)], bin(Num(5)), "ab" * Num(2))
