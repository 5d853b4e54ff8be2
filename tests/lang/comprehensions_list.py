# List comprehensions: conditions, nesting, expressions, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix][:4], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
words = ["Apple", "bob", "Civic", "dad", "Eve"]
print([w.lower() for w in words if w.lower() == w.lower()[::-1]])
x = "outer"
res = [x for x in "abc"]
print(res, x)
print([i for i in range(3)], "i" in dir())
pairs = [(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c]
print(pairs)
print([len(w) for w in "the quick brown fox".split()])
print([[0] * 3 for _ in range(2)], [c.upper() for c in "hey"])
n = 5
print([n * i for i in range(n)])
class K:
    base = 10
    vals = [i for i in range(3)]
print(K.vals)
print([(lambda v: v * 2)(i) for i in range(3)], [f(2) for f in [lambda v, k=k: v + k for k in range(3)]])
nested = [[1, [2]], [3]]
print([type(x).__name__ for x in nested[0]])
print([c for c in "Hello World" if c.isupper()], sum([i for i in range(101)]))
primes = [p for p in range(2, 50) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
print([(i, s) for i, s in enumerate("ab")], [a + b for a, b in zip([1, 2], [10, 20])])
