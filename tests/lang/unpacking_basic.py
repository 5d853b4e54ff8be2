# Tuple unpacking, starred targets, nested targets, swaps, unpacking in for loops.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *middle, c = "abcdef"
print(a, middle, c)
a, *empty, c = [1, 2]
print(a, empty, c)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, (n, o)], s = [1, (2, 3)], 4
print(m, n, o, s)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for head, *tail in [[1, 2, 3], [4], "xy"]:
    print(head, tail)
pairs = {"a": 1, "b": 2}
for k, v in pairs.items():
    print(k, v)
t = 1, 2, 3
one, two, three = t
print(one + two + three)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
a = b = c = []
a.append(1)
print(b, c, a is c)
x = y = 5
x += 1
print(x, y)
(a, b), (c, d) = "ab", [3, 4]
print(a, b, c, d)
for errcase in ([1, 2, 3], [1], 5, "abcd"):
    try:
        u, v = errcase
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b = 5
except TypeError as e:
    print(type(e).__name__, e)
head, *_ = "hello"
*_, tail = "hello"
print(head, tail)
d = {}
d["x"], d["y"] = 1, 2
print(d)
class O: pass
o = O()
o.a, o.b = "attr", "ibutes"
print(o.a + o.b)
