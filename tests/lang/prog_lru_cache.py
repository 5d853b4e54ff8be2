# An LRU cache class built on dict ordering, with hit/miss statistics.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"
    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} rate={rate:.1%}"

c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z", "?"))
c.put("d", "D")
print(c, "b" in c, len(c))
c.put("c", "C2")
c.put("e", "E")
print(c, c.stats())
def cached_call(cache, fn, arg):
    sentinel = object()
    v = cache.get(arg, sentinel)
    if v is sentinel:
        v = fn(arg)
        cache.put(arg, v)
    return v
cube_cache = LRUCache(4)
calls = []
def slow_cube(n):
    calls.append(n)
    return n ** 3
seq = [1, 2, 3, 1, 2, 4, 5, 1, 6, 2, 3, 3, 3]
print([cached_call(cube_cache, slow_cube, n) for n in seq])
print("computed:", calls)
print(cube_cache.stats(), cube_cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
page_cache = LRUCache(50)
x = 1
for _ in range(2000):
    x = (x * 1103515245 + 12345) % 2 ** 31
    key = x % 80
    if page_cache.get(key) is None:
        page_cache.put(key, key * 2)
print(page_cache.stats(), len(page_cache))
