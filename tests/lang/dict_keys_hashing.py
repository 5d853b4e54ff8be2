# What can be a dict key: hashable types, equal keys collapse (1 == 1.0 == True), custom __hash__.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {0: "a", False: "b", 0.0: "c"}
print(d)
keys = [42, -1, 3.5, "str", b"bytes", (1, 2), frozenset({1}), None, True, range(3)]
m = {k: i for i, k in enumerate(keys)}
print(len(m), m[None], m[(1, 2)], m[frozenset([1])], m[b"bytes"], m[range(3)])
for bad in ([1], {"a": 1}, {1, 2}, ([1],)):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
visited = {Point(0, 0): "origin"}
print(visited[Point(0, 0)], Point(0, 0) in visited, Point(1, 0) in visited)
visited[Point(0, 0)] = "again"
print(visited)
class IdentityKey:
    def __init__(self, name):
        self.name = name
a, b = IdentityKey("a"), IdentityKey("a")
idmap = {a: 1, b: 2}
print(len(idmap), idmap[a], idmap[b])
class BadHash:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self is other
collide = {BadHash(): i for i in range(5)}
print(len(collide), sorted(collide.values()))
print(hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-2), hash((1, 2)) == hash((1, 2)))
print(hash(0), hash(42), hash(-42), hash(2 ** 70), hash(1.5), hash(-0.5), hash(float("inf")))
print(hash((1, 2, 3)), hash(()), hash((None,)) == hash((None,)))
cache = {}
def key_for(*args, **kwargs):
    return (args, tuple(sorted(kwargs.items())))
cache[key_for(1, 2, a=3)] = "hit"
print(cache[key_for(1, 2, a=3)], key_for(1, b=2, a=1))
