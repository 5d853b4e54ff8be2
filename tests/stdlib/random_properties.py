# random: properties that hold for any generator — ranges, lengths,
# membership, determinism under the same seed, and CPython's errors.
import random

random.seed(2024)
N = 2000
ints = [random.randint(1, 6) for _ in range(N)]
print(min(ints) == 1, max(ints) == 6, set(ints) == {1, 2, 3, 4, 5, 6})
floats = [random.random() for _ in range(N)]
print(all(0.0 <= x < 1.0 for x in floats), 0.4 < sum(floats) / N < 0.6)
print(all(10 <= random.randrange(10, 20) < 20 for _ in range(500)))
print(all(random.randrange(0, 100, 7) % 7 == 0 for _ in range(500)))
print(all(random.randrange(10, 0, -3) in (10, 7, 4, 1) for _ in range(500)))
print(all(0 <= random.randrange(10**30) < 10**30 for _ in range(100)))
print(all(-5 <= random.randint(-5, -1) <= -1 for _ in range(100)), random.randint(7, 7))
print(all(0 <= random.getrandbits(k) < 2**k for k in (1, 5, 31, 32, 33, 63, 64, 65, 200) for _ in range(20)))
print(random.getrandbits(0), len(random.randbytes(13)), type(random.randbytes(3)).__name__, random.randbytes(0))
print(all(1.5 <= random.uniform(1.5, 2.5) <= 2.5 for _ in range(500)), all(0 <= random.triangular(0, 10, 3) <= 10 for _ in range(500)))
print(random.choice('abc') in 'abc', random.choice([42]), random.choice(range(5, 6)), random.choice((1, 2)) in (1, 2))
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)), len(deck))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s), random.sample('xyz', 3) != [], random.sample([], 0))
big = random.sample(range(10**9), 50)
print(len(set(big)), sorted(random.sample('abc', 3)))
print(sorted(random.sample(['a', 'b'], k=5, counts=[2, 3])))
c = random.choices('ab', k=1000)
print(len(c), set(c) <= {'a', 'b'}, random.choices('abc', weights=[0, 0, 1], k=5), random.choices('ab', cum_weights=[0, 1], k=3))
print(random.choices([1], k=0), len(random.choices(range(10), k=50)))
g = [random.gauss(10, 2) for _ in range(N)]
print(8 < sum(g) / N < 12, all(isinstance(x, float) for x in g))
print(0 < sum(random.expovariate(2) for _ in range(N)) / N < 1, all(random.gammavariate(2, 1) > 0 for _ in range(100)))
print(all(0 <= random.betavariate(2, 3) <= 1 for _ in range(100)), all(random.lognormvariate(0, 1) > 0 for _ in range(100)))
print(all(0 <= random.vonmisesvariate(1, 4) < 6.3 for _ in range(100)), all(random.paretovariate(2) >= 1 for _ in range(100)))
print(all(random.weibullvariate(1, 2) >= 0 for _ in range(100)), isinstance(random.normalvariate(), float))

# Determinism: the same seed gives the same sequence, within one run.
for seed in (0, 1, -7, 2**80, 3.25, 'frost', b'bytes', bytearray(b'ba')):
    random.seed(seed)
    a = [random.random(), random.randint(0, 10**12), random.choice('abcdef'), random.gauss()]
    random.seed(seed)
    b = [random.random(), random.randint(0, 10**12), random.choice('abcdef'), random.gauss()]
    print(repr(seed), a == b)
random.seed(5, version=1)
v1 = random.random()
random.seed(5, version=1)
print(v1 == random.random())
random.seed('text', version=1)
t1 = random.random()
random.seed('text', version=1)
print(t1 == random.random())
r1, r2 = random.Random(99), random.Random(99)
print([r1.random() for _ in range(5)] == [r2.random() for _ in range(5)])
state = r1.getstate()
x = [r1.randrange(1000) for _ in range(10)]
r1.setstate(state)
print(x == [r1.randrange(1000) for _ in range(10)], len(state), state[0], len(state[1]))
r3 = random.Random()
r3.setstate(r2.getstate())
print(r3.random() == r2.random())
print(random.Random().random() != random.Random().random())
print(isinstance(random.Random(1), random.Random), random.Random.VERSION, random.Random(5).gauss_next)

errors = [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(5, 2),
          lambda: random.randrange(1.5), lambda: random.randrange(0, 2.5), lambda: random.randrange(0, 10, 0),
          lambda: random.randrange(0, 10, -1), lambda: random.randrange(10, step=2), lambda: random.randrange('a'),
          lambda: random.randint(1), lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.choice(5),
          lambda: random.sample(range(3), 5), lambda: random.sample(range(3), -1), lambda: random.sample({1, 2}, 1),
          lambda: random.sample({'a': 1}, 1), lambda: random.sample('ab', 1, counts=[1]),
          lambda: random.sample('ab', 1, counts=[0, 0]), lambda: random.sample('ab', 1, counts=[1.5, 1]),
          lambda: random.getrandbits(-1), lambda: random.getrandbits('a'), lambda: random.seed([1]),
          lambda: random.seed({}), lambda: random.choices('ab', [1]), lambda: random.choices('ab', 3),
          lambda: random.choices('ab', weights=[0, 0]), lambda: random.choices('ab', weights=[1, 2], cum_weights=[1, 2]),
          lambda: random.choices('ab', weights=[1, float('inf')]), lambda: random.choices([], k=1),
          lambda: random.setstate((9, (), None)), lambda: random.setstate((3, (1, 2), None)),
          lambda: random.setstate((3, 5, None)), lambda: random.gammavariate(-1, 1), lambda: random.uniform(1),
          lambda: random.shuffle(5), lambda: random.expovariate(0), lambda: random.randbytes(-1),
          lambda: random.Random().random(1), lambda: random.random(1), lambda: random.Random(1, 2),
          lambda: random.randint(1, 2, 3), lambda: random.seed(1, 2, 3)]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
