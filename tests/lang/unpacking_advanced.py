# More unpacking: element swaps in lists, starred in loops, nested with stars, unpacking dict items.
a = [5, 3, 8, 1]
a[0], a[3] = a[3], a[0]
print(a)
i, j = 1, 2
a[i], a[j] = a[j], a[i]
print(a)
def bubble(lst):
    lst = lst[:]
    for end in range(len(lst) - 1, 0, -1):
        for k in range(end):
            if lst[k] > lst[k + 1]:
                lst[k], lst[k + 1] = lst[k + 1], lst[k]
    return lst
print(bubble([5, 2, 9, 1, 5, 6]))
records = [("ann", 1, 2, 3), ("bob", 4), ("cy",)]
for name, *scores in records:
    print(name, scores, sum(scores))
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
first, (second, *others), last = 0, "xyz", 9
print(first, second, others, last)
x, = [42]
[y] = "z"
print(x, y)
for (k, v), n in zip({"a": 1, "b": 2}.items(), range(10, 12)):
    print(k, v, n)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, *_), (*_, r2c3) = matrix
print(r1c1, r2c3)
head, *mid, tail = range(10)
print(head, mid[::3], tail)
def stats(*nums):
    lo, *_, hi = sorted(nums)
    return lo, hi
print(stats(5, 3, 9, 1), stats(4, 2))
point = {"x": 1, "y": 2}
(kx, vx), (ky, vy) = point.items()
print(kx, vx, ky, vy)
a = b = 0
a, b = b + 1, a + 2
print(a, b)
fib = [0, 1]
for _ in range(8):
    *_, p, q = fib
    fib.append(p + q)
print(fib)
n, *digits = map(int, "3 1 4 1".split())
print(n, digits)
try:
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print(type(e).__name__, e)
