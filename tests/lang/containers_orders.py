# Orders and results of container operations (no constant set displays).
s = set()
x = 1
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2**31
    v = x % 1000
    if x % 3 == 0:
        s.discard(v)
    else:
        s.add(v)
print(len(s), list(s)[:20], list(s)[-20:])
t = set((i % 17, i % 5) for i in range(200))
print(list(t)[:15])
fs = set(frozenset(range(i, i + 3)) for i in range(20))
print(list(fs)[:6])
print(set([8, 16, 24, 32, 40]), set([100, 50, 25, 12, 6, 3]), set([33, 1, 65, 17]))
a = set(range(0, 60, 2)); b = set(range(0, 60, 3))
print(a & b, a | b, a - b, a ^ b, b - a)
print(a.intersection(range(0, 60, 5), [10, 20, 30]), a.union([1, 3], (5,)), a.difference(b, [4, 8]))
c = set(range(10)); c.intersection_update([5, 3, 1, 99]); print(c)
c = set(range(10)); c.symmetric_difference_update({11: 0, 3: 0}); print(c)
c = set(range(100)); c -= set(range(0, 100, 2)); print(c)
c = set(range(10)); c ^= set(range(5, 15)); print(c)
print({x % 7 for x in range(50)}, {x: x * x for x in range(5)})
d = {}
for i in range(50):
    d[i * 7 % 13] = i
for k in list(d)[::3]:
    del d[k]
d.update(zip(range(100, 105), "abcde"))
print(d)
print(d.popitem(), d.pop(100), d.setdefault(200, "z"), list(d.items())[-3:])
k = {"a": 1, "b": 2, "c": 3}
v = {"b": 0, "c": 0, "d": 0}
print(sorted(k.keys() & v.keys()), k.keys() - v.keys(), sorted(k.keys() | v.keys()), sorted(k.keys() ^ v.keys()), k.items() & {("a", 1)})
print(k.keys() == {"a", "b", "c"}, k.keys() <= {"a", "b", "c", "d"}, k.items() > {("a", 1)}, k.values())
print(sorted([5, 2, 9, 1, 5, 6], reverse=True), sorted("hello world"), sorted([(2, "b"), (1, "z"), (2, "a")]))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), sorted(words, key=len, reverse=True))
nums = [((i * 7919) % 1000) / 10 for i in range(300)]
sn = sorted(nums)
print(sn[:5], sn[-5:], sn == sorted(nums, key=lambda v: v), sorted(nums, reverse=True)[:3])
big = [(i * 7919) % 10007 for i in range(5000)]
bs = sorted(big)
print(bs[:5], bs[-5:], all(bs[i] <= bs[i + 1] for i in range(len(bs) - 1)))
stab = sorted([(i % 10, i) for i in range(1000)], key=lambda p: p[0])
print(stab[:3], stab[-3:], all(stab[i][1] < stab[i + 1][1] for i in range(999) if stab[i][0] == stab[i + 1][0]))
l = list(range(20)); l[3:15:4] = "abc"; del l[::5]; l[1:3] = []; l[-2:] = [99] * 4; print(l)
l = [3, 1, 2]; l.sort(key=None); l.reverse(); print(l, l * 2, [l] * 2, l.count(2), l.copy() == l)
print(tuple(x * 2 for x in range(5)), tuple("ab"), list(range(10, 0, -3)), (1, 2) * 2, (1, 2) < (1, 2, 3), [1, 2] == [1, 2.0])
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((-1, -2)), hash(frozenset([1, 2, 3])), hash(frozenset()))
print({(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)} == set([(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]), set([(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)]))
print(list(enumerate({1: 2, 3: 4}.items())), dict.fromkeys(range(3), []), dict(zip("abc", range(3))), dict(a=1, **{"b": 2}))
