# tuples: immutability, count/index, comparison, hashing, as dict keys, named-tuple-like use.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[2:5], t[::-1], max(t), 9 in t)
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), () < (0,), (1, "a") == (1, "a"), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * y
print(grid[(2, 2)], grid[1, 2], (5, 5) in grid, len(grid))
distances = {("a", "b"): 5, ("b", "c"): 3}
print(distances.get(("a", "b")), distances.get(("b", "a"), "none"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), (1,) * 3, (1, 2) + (3,))
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__, len(single))
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([5, 3, 8])
print(lo, hi, min_max("hello"))
point = (3, 4)
x, y = point
print(f"({x}, {y})", (x ** 2 + y ** 2) ** 0.5)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
inner = [1, 2]
tt = (inner, 3)
inner.append(99)
print(tt)
try:
    tt[0] += [100]
except TypeError as e:
    print(type(e).__name__, e, tt)
people = [("alice", 30), ("bob", 25), ("carol", 35)]
for name, age in sorted(people, key=lambda p: p[1]):
    print(f"{name:>6} {age}")
print(sorted(people)[0], max(people, key=lambda p: p[1])[0])
print(repr((1,)), repr(()), str((1, "a")), repr((None, (2,))))
print(tuple(x * 2 for x in range(4)), sum((1, 2, 3)), any(()), (0, 0) == (0, 0.0))
