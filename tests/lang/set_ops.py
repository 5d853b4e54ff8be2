# set and frozenset: operators, methods, subset/superset, mutation, frozenset as dict key.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b)
s = set()
s.add(5)
s.add(5)
s.add(1)
s.update([2, 3], (9,))
print(s, len(s))
s.discard(100)
s.discard(9)
s.remove(1)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
popped = s.pop()
print(popped, s)
s.clear()
print(s, bool(s))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4, 5}
c -= {3}
c ^= {4, 10}
print(c)
c.intersection_update({2, 10, 11})
c.difference_update({10})
c.symmetric_difference_update({7})
print(c)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, fs & {1}, len(fs))
print({fs: "frozen key"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset([1, 2, 3])))
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}), frozenset({1})})
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")), set(range(5)), set([3, 3, 3]))
print({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100, 33})
print(set([64, 1, 32, 2, 16]), {-1, -2, 5}, {2 ** 40, 3})
words = ["apple", "banana", "apple", "cherry", "banana"]
seen = set()
unique_in_order = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique_in_order.append(w)
print(unique_in_order, len(seen))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(threes - evens), len(evens | threes))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(set() == frozenset(), {1, 2} == [1, 2], repr(set()), repr(frozenset()), 3 in fs)
