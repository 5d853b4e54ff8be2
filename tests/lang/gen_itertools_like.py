# Hand-written versions of itertools: count, cycle, repeat, islice, chain, takewhile,
# dropwhile, groupby, accumulate, product, permutations, combinations, pairwise, zip_longest.
def count(start=0, step=1):
    while True:
        yield start
        start += step
def cycle(it):
    saved = list(it)
    while saved:
        yield from saved
def repeat(x, n=None):
    if n is None:
        while True:
            yield x
    for _ in range(n):
        yield x
def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    for i, x in enumerate(it):
        if stop is not None and i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur = next(it, sentinel)
    while cur is not sentinel:
        k = key(cur)
        group = [cur]
        cur = next(it, sentinel)
        while cur is not sentinel and key(cur) == k:
            group.append(cur)
            cur = next(it, sentinel)
        yield k, group
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    total = next(it)
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def product(*seqs):
    if not seqs:
        yield ()
        return
    for head in seqs[0]:
        for tail in product(*seqs[1:]):
            yield (head,) + tail
def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest
def combinations(seq, r):
    seq = list(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def zip_longest(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for i in its:
            try:
                row.append(next(i))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
print(list(islice(range(20), 2, 12, 3)), list(takewhile(lambda x: x < 5, count())), list(dropwhile(lambda x: x < 5, range(8))))
print([(k, "".join(g)) for k, g in groupby("aaabccdddd")], [(k, g) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")))
print(list(product("ab", [1, 2])), len(list(product(range(3), range(3), range(3)))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
print(list(pairwise([1, 2, 3, 4])), list(zip_longest("ab", [1, 2, 3], fill="-")))
print(sum(islice((x * x for x in count(1) if x % 3 == 0), 5)))
