# Benchmark: generator pipelines, yield from, generator expressions consumed by builtins.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squared(src):
    for x in src:
        yield x * x


def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks):
    for c in chunks:
        yield from c


def pipeline(n):
    return sum(flatten(chunked(squared(evens(numbers(n))), 16))) % 1000000007


def genexpr_work(n):
    total = sum(x * 3 for x in range(n) if x % 3)
    hits = sum(1 for x in range(n) if x % 7 == 0)
    top = max(x % 9973 for x in range(n))
    anyv = any(x > n for x in range(n))
    return total % 1000003, hits, top, anyv


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


print("pipeline", pipeline(3500000))
print("genexpr", genexpr_work(2500000))
print("tree", sum(tree(17)))
