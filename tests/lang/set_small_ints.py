# Sets of small ints print in CPython's hash-table order; adding and removing keeps it predictable.
s = set()
for x in [5, 3, 9, 1, 7]:
    s.add(x)
print(s)
s.discard(3)
s.add(30)
print(s)
print({8, 16, 24, 32, 40}, {100, 50, 25, 12, 6, 3}, set(range(20, 0, -3)))
big = set(range(0, 100, 7))
print(big, len(big))
print({1, 2, 3} | {30, 20, 10}, {-1, -2, -3, 0}, set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
evens = {x for x in range(30) if x % 2 == 0}
print(evens - {x for x in range(0, 30, 3)})
s2 = {1, 2, 3}
print(s2.pop(), s2.pop(), s2)
print(sorted({33, 1, 65, 17}), {33, 1, 65, 17}, {0, 32, 64, 96, 128})
print(frozenset({4, 2, 8}), {True, 2, 0}, {1.0, 2.0} == {1, 2}, {1.5, 2.5} <= {1.5, 2.5, 3})
