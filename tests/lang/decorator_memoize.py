# Memoization with a hand-written decorator; an LRU cache using dict ordering.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib(100), fib.hits, len(fib.cache))
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths(30, 30))
def lru_cache(maxsize):
    def decorate(fn):
        cache = {}
        def wrapper(key):
            if key in cache:
                value = cache.pop(key)
                cache[key] = value
                return value
            value = fn(key)
            cache[key] = value
            if len(cache) > maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
            return value
        wrapper.cache = cache
        return wrapper
    return decorate
computed = []
@lru_cache(3)
def square(n):
    computed.append(n)
    return n * n
for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(k)
print(computed, list(square.cache))
@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance("sunday", "saturday"), edit_distance("", "abc"))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 15)], partitions(100, 100))
