# random: an int- or float-seeded generator reproduces CPython's sequence
# (same Mersenne Twister, same seeding, same algorithms per method).
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 10) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print(random.choice('abcdef'), random.choice([1, 2, 3]))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 3))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 2, 3], k=5), random.choices('abc', cum_weights=[1, 3, 6], k=5))
print(random.uniform(1, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.expovariate(2))
print(random.triangular(), random.triangular(0, 10, 2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.betavariate(2, 3), random.paretovariate(2))
print(random.weibullvariate(1, 2), random.randbytes(7), random.sample(['a', 'b'], k=3, counts=[2, 3]))
r = random.Random(123)
print(r.random(), r.randint(0, 10**30), r.randrange(-10**20, 10**20, 3))
for seed in (0, 1, -1, 2**32, 2**100, 3.5, -0.25, 1e300, True):
    r.seed(seed)
    print(repr(seed), r.random(), r.getrandbits(40))
print(r.getstate()[1][:3], r.getstate()[1][-1], r.getstate()[2])
