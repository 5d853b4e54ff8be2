# Container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__ __reversed__.
class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseVector index out of range")
        return i
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._check(i), 0)
    def __setitem__(self, i, v):
        i = self._check(i)
        if v == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[self._check(i)]
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __reversed__(self):
        for i in range(self.size - 1, -1, -1):
            yield self[i]
v = SparseVector(6)
v[1] = 5
v[-1] = 7
v[3] = 0
print(len(v), list(v), v[1], v[-1], v[0], v[1:5], v[::-2])
print(5 in v, 6 in v, 0 in v, list(reversed(v)), sum(v), max(v))
del v[1]
print(list(v), sorted(v.data.items()))
for bad in (10, "x"):
    try:
        v[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del v[2]
except KeyError as e:
    print("KeyError", e)
print(bool(v), bool(SparseVector(0)), len(SparseVector(0)))
class DefaultDict:
    def __init__(self, factory):
        self.factory = factory
        self.store = {}
    def __getitem__(self, k):
        if k not in self.store:
            self.store[k] = self.factory()
        return self.store[k]
    def __setitem__(self, k, v):
        self.store[k] = v
    def __len__(self):
        return len(self.store)
    def __iter__(self):
        return iter(self.store)
dd = DefaultDict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(len(dd), list(dd), dd["b"], dd["z"], len(dd))
counts = DefaultDict(int)
for ch in "hello world":
    counts[ch] += 1
print({k: counts[k] for k in sorted(counts)})
class Grid:
    def __init__(self, w, h):
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y][x] = value
g = Grid(3, 2)
g[2, 1] = "X"
g[0, 0] = "O"
print(g.cells, g[2, 1])
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
