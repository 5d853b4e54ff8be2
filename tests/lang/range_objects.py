# range: len, indexing, slicing, negative steps, membership, reversed, repr, equality.
r = range(10)
print(r, len(r), r[0], r[-1], r[3:7], r[::2], r[::-1], list(r[1:8:3]))
r2 = range(5, -6, -2)
print(list(r2), len(r2), r2[1], r2[-1], 5 in r2, 4 in r2, -5 in r2, r2.index(1), r2.count(3))
print(range(0), len(range(0)), list(range(3, 3)), list(range(5, 0)), len(range(0, 10, -1)))
print(range(1, 10, 3), list(range(1, 10, 3)), range(1, 10, 3)[-1], len(range(1, 10, 3)))
print(list(reversed(range(4))), list(reversed(range(0, 20, 5))), sum(range(101)), max(range(7)))
big = range(0, 10 ** 20, 7)
print(big[-1], big[10 ** 15], 7 * 10 ** 18 in big, 10 ** 18 + 1 in big)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, r2.start, r2.stop, r2.step)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(range(-3, 3)), str(range(2, 8, 2)), list(range(-3, 3)), range(10)[-3:], range(10)[100:])
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print([i * i for i in range(1, 6)], list(enumerate(range(100, 103))), 3.0 in range(5), "3" in range(5))
print(tuple(range(2)), set(range(3)), dict.fromkeys(range(2)), list(zip(range(3), range(10, 13))))
