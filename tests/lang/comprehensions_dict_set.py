# Dict and set comprehensions, generator expressions.
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter, {k: len(v) for k, v in by_letter.items()})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
print(sorted({w[0] for w in words}), {len(w) for w in words} == {5, 6, 7, 9})
print({i: i * i for i in range(6) if i % 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
g = (x * 2 for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in words), min((len(w), w) for w in words))
print(any(w.startswith("c") for w in words), all(len(w) > 4 for w in words))
print(sorted((len(w), w) for w in words)[-1], tuple(c for c in "abc"), set(x % 3 for x in range(10)))
print(", ".join(str(i) for i in range(4)), dict((k, v) for k, v in [("a", 1)]))
inv = {"x": [1, 2], "y": [3]}
print({v: k for k, vs in inv.items() for v in vs})
print({frozenset({1, 2}): "fs"}, {c: None for c in "aab"})
x = 10
print({x: x for x in range(2)}, x)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts, sorted(counts, key=counts.get, reverse=True))
matrix = [[1, 2], [3, 4]]
print({i: {j: matrix[i][j] for j in range(2)} for i in range(2)})
print(next(w for w in words if "e" in w), next((w for w in words if "z" in w), "none"))
