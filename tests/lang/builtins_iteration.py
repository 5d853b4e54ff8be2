# enumerate, zip, map, filter, reversed, sorted, min/max with key/default, sum with start.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate("ab", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(range(3), range(5))))
keys, vals = zip(*[("a", 1), ("b", 2)])
print(keys, vals, dict(zip(keys, vals)))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "hi")))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, "", None, 1, "x", [], [0]])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), "".join(reversed("stop")))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(2, "a"), (1, "b")]), sorted({"b": 1, "a": 2}.items()))
print(min([4, 2, 8]), max([4, 2, 8]), min(4, 2, 8), max("apple", "fig", key=len), min(names, key=lambda s: s[-1]))
print(max([], default=None), min((), default="empty"), max([1, 5, 5, 2], key=lambda x: x % 5))
print(max([(1, "b"), (1, "a")]), min([[3], [1, 2]]), max(range(10), key=lambda x: -abs(x - 4)))
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2, 3]], []), sum(x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(any([0, 0]), any([0, 1]), all([]), all([1, [], 2]), any(x > 2 for x in [1, 2, 3]))
pairs = list(zip(names, [90, 85, 77]))
best_name, best_score = max(pairs, key=lambda p: p[1])
print(best_name, best_score, sorted(pairs, key=lambda p: p[1])[0])
it = iter(range(5))
print(list(zip(it, it)))
print(list(map(int, "1 2 3".split())), sum(map(int, "4 5 6".split())))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(col) for col in zip(*matrix)], [sum(r) for r in matrix], list(map(sum, zip(*matrix))))
for i, (a, b) in enumerate(zip("xyz", "XYZ"), start=1):
    print(i, a + b, end=" | ")
print()
