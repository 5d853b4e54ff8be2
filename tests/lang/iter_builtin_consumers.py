# Every builtin that consumes an iterable works with user-defined iterables and generators.
class Letters:
    def __init__(self, s):
        self.s = s
    def __iter__(self):
        return iter(self.s)
class Numbers:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
L, N = Letters("hello"), Numbers(6)
print(list(L), tuple(N), set(N) == {0, 1, 2, 3, 4, 5}, sorted(L), "".join(L), "-".join(L))
print(sum(N), min(N), max(N), any(N), all(N), len(list(N)), sorted(N, reverse=True))
print(dict(zip(L, N)), list(enumerate(L, 1))[:2], list(zip(N, L, N))[:2], list(map(str.upper, L)))
print(list(filter(lambda c: c != "l", L)), list(reversed(list(L))), "e" in L, 3 in N, 9 in N)
a, b, *rest = N
print(a, b, rest, [*L], {*N} == set(range(6)), dict.fromkeys(L))
print(max(L, key=ord), min(N, key=lambda x: abs(x - 3)), sorted(L, key=lambda c: (c != "l", c)))
print(list(iter(N)), next(iter(L)), list(x * 2 for x in N), [c for c in L if c in "aeiou"])
s = bytes(Numbers(4))
print(s, bytearray(Numbers(3)), frozenset(Numbers(3)))
print(list(zip(*[Numbers(3), Numbers(4)])), sum(Numbers(101)), str.join(",", map(str, Numbers(4))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
cd = Countdown(5)
print(list(cd), list(cd), "an iterator is exhausted after one pass")
lst = [1, 2]
lst.extend(Numbers(3))
lst += Letters("ab")
print(lst)
d = {}
d.update(zip(Letters("xy"), Numbers(2)))
print(d, list(d.items()))
print(sorted(Numbers(5), key=lambda x: -x)[0], tuple(reversed(range(3))), list(map(lambda p: p[0] * p[1], zip(N, N))))
