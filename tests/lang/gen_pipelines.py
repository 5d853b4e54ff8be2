# Generator pipelines: lazy composition, infinite generators with break.
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        name, value = line.split("=")
        yield name.strip(), int(value)
config = """
# settings
width = 80
height = 24  # terminal
depth=3
"""
print(dict(parse(strip_comments(read_lines(config)))))
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
out = []
for p in primes():
    if p > 60:
        break
    out.append(p)
print(out)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda x: x * x < 50, naturals())))
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print([next(evens) for _ in range(5)])
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], "XYZW")))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 11))))
print(sum(1 for _ in take_while(lambda p: p < 1000, primes())))
