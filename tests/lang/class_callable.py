# __call__ makes instances callable; callable() on various objects.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor
double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double), callable(Multiplier))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, kwargs
c = Counter()
print(c(), c(1, k=2), c.calls)
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for coef in self.coeffs:
            result = result * x + coef
        return result
    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = n - i
            if c:
                terms.append(f"{c}x^{p}" if p > 1 else f"{c}x" if p == 1 else str(c))
        return " + ".join(terms)
p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), type(slow_square).__name__)
print(callable(print), callable(len), callable("str"), callable(None), callable(lambda: 0), callable(Counter().__call__))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Validator:
    def __init__(self):
        self.rules = []
    def rule(self, fn):
        self.rules.append(fn)
        return fn
    def __call__(self, value):
        return [fn.__name__ for fn in self.rules if not fn(value)]
check = Validator()
@check.rule
def positive(v):
    return v > 0
@check.rule
def even(v):
    return v % 2 == 0
print(check(4), check(3), check(-3))
