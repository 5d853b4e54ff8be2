# A Fraction class with full operator support, used for exact arithmetic and Gaussian elimination.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Fraction:
    def __init__(self, num, den=1):
        if isinstance(num, Fraction):
            num, den = num.num * den, num.den
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Fraction(o) / self
    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, half ** 3, third ** -2, -half)
print(1 + half, 1 - half, 2 * third, 1 / third, Fraction(6, -4), Fraction(0, 5), repr(Fraction(10, 4)))
print(half == Fraction(2, 4), half == 0.5, third < half, sorted([half, third, Fraction(-1, 7)]), float(third))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), max([half, third]))
h = sum(Fraction(1, n) for n in range(1, 21))
print("H(20) =", h)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
def solve(matrix, rhs):
    n = len(matrix)
    a = [[Fraction(x) for x in row] + [Fraction(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col] != 0:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]
sol = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print([str(x) for x in sol])
sol = solve([[1, 2, 3], [2, 5, 3], [1, 0, 8]], [1, 1, 1])
print([str(x) for x in sol])
x = Fraction(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print("sqrt(2) ~", x, float(x))
