# math: the functions whose last digit depends on the algorithm (gamma,
# lgamma, hypot, dist, fsum) give CPython's exact results on many inputs.
import math

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31

vals = [(rnd() - 0.5) * 100 for _ in range(150)] + [rnd() * 3 for _ in range(50)]
out = []
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
print(len(out), hash(' '.join(out)) == hash(' '.join(out)))
print(' '.join(out[:40]))
print(' '.join(out[40:120]))
vecs = [[(rnd() - 0.5) * 10 ** int(rnd() * 20 - 10) for _ in range(1 + int(rnd() * 6))] for _ in range(100)]
print(' '.join(repr(math.hypot(*v)) for v in vecs))
print(' '.join(repr(math.dist(v, [x * rnd() for x in v])) for v in vecs[:50]))
sums = [[(rnd() - 0.5) * 10 ** int(rnd() * 40 - 20) for _ in range(1 + int(rnd() * 30))] for _ in range(80)]
print(' '.join(repr(math.fsum(s)) for s in sums))
