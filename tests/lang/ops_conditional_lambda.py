# Conditional expressions, lambda, and the walrus operator.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(sq.__name__, add.__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 4:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
lines = iter(["a", "b", "", "c"])
while (line := next(lines)) != "":
    print("line", line)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
print((lambda x: (lambda y: x + y))(3)(4))
print(list(map(lambda x: x if x % 2 else -x, range(6))))
print(max(["apple", "kiwi", "banana"], key=lambda s: (len(s), s)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
