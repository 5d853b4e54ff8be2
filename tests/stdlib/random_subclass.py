# random: subclasses of random.Random, as CPython: one that overrides
# random() draws its integers from it, one that overrides getrandbits()
# from that, and __init__/seed overrides are called.
import random

class Half(random.Random):
    def random(self):
        return 0.5
h = Half(1)
print(h.random(), h.randrange(10), h.choice('abcd'), h.uniform(0, 10), h.randint(1, 3), h.choices('xyz', k=3))
l = list(range(6))
h.shuffle(l)
print(l, h.sample(range(10), 3), h.triangular(0, 4))

class Ones(random.Random):
    def getrandbits(self, k):
        return 1
o = Ones(7)
print(o.randrange(10), o.randint(5, 9), o.choice('abc'))

class Seeded(random.Random):
    calls = []
    def seed(self, a=None, version=2):
        Seeded.calls.append(a)
        super().seed(a, version)
s = Seeded(5)
s.seed(6)
print(Seeded.calls)

class Tagged(random.Random):
    def __init__(self, tag, x=None):
        super().__init__(x)
        self.tag = tag
t = Tagged('mine', 42)
print(t.tag, t.random() == random.Random(42).random())

class Below(random.Random):
    def _randbelow(self, n):
        return n - 1
b = Below()
print(b.randrange(10), b.choice('abc'), b.randint(1, 4))
print(isinstance(h, random.Random), issubclass(Half, random.Random), type(h).__name__)
