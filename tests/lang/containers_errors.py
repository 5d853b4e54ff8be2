# Error messages and edge cases of the built-in containers.
def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)

l = [1, 2, 3]
print(err(lambda: l[5]), err(lambda: l.__setitem__(5, 0)), err(lambda: [].pop()), err(lambda: l.pop(7)))
print(err(lambda: l.remove(9)), err(lambda: l.index(9)), err(lambda: l["a"]), err(lambda: l + (1,)))
print(err(lambda: l * 2.0), err(lambda: 2.0 * l), err(lambda: l * 2), err(lambda: -1 * l), err(lambda: (1,) + [2]))
def ext_slice():
    m = list(range(5)); m[::2] = [1, 2]
print(err(ext_slice))
def del_item():
    m = [1]; del m[3]
print(err(del_item))
print(err(lambda: hash([])), err(lambda: hash({})), err(lambda: hash(set())), err(lambda: hash(slice(1))))
print(err(lambda: {}[1]), err(lambda: {}[(1, 2)]), err(lambda: {}.popitem()), err(lambda: set().pop()), err(lambda: {1}.remove(2)))
print(err(lambda: range(1, 2, 0)), err(lambda: range(5)[9]), err(lambda: range(1.5)), err(lambda: range()), err(lambda: range(1,2,3,4)))
print(err(lambda: dict([(1, 2, 3)])), err(lambda: dict([1])), err(lambda: dict(1)), err(lambda: dict({}, {})))
print(err(lambda: [1, "a"].sort()), err(lambda: sorted([3, 1, "x"])), err(lambda: [].sort(1)))
print(err(lambda: (1, 2).index(3)), err(lambda: [3, 1].index(3, 1)), err(lambda: range(10).index(11)))
print(err(lambda: {1} | [2]), err(lambda: {1: 2} | [(3, 4)]), err(lambda: [1][::0]))
print(err(lambda: slice(1, 2, 3).indices(-1)), err(lambda: [1, 2][slice("a")]))
a = []; a.append(a); print(a, [a, a], (a,))
d = {}; d[1] = d; print(d, d.keys(), d.items())
t = ([],); t[0].append(t); print(t)
s = set(); print(s, frozenset(), {1}, frozenset({1}), repr(set([(1, 2)])))
print((1,), (), [()], {(): ()}, [[]], {1: [2, {3: (4,)}]})
class L(list): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
print(L([1, 2]), D(a=1), S([1]), F([2]), S(), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
print(L([3, 1, 2]) + [0], type(L() + []).__name__, D(a=1) | {"b": 2}, type(D(a=1) | {}).__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(); c["x"] += 1; c["x"] += 1; print(c, c["y"], "y" in c)
class Sup(list):
    def __init__(self, *a):
        super().__init__(a)
    def append(self, x):
        super().append(x * 10)
s2 = Sup(1, 2); s2.append(3); print(s2, len(s2), s2[2])
class DD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
dd = DD(); dd["a"] = 1; print(dd, dict.__getitem__(dd, "a"))
print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed(range(5))), list(reversed({1: 0, 2: 0})), list(reversed({1: 0}.values())))
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
print(len(range(0, 10**20, 3)) if False else range(0, 10**20, 3)[10**18], 10**19 in range(0, 10**20, 3), range(10**20)[-1])
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), hash(range(3)) == hash(range(0, 3)), range(1, 10, 2).start, range(1, 10, 2).step)
print(slice(1, 5, 2), slice(3), slice(None), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print([0, 1, 2, 3, 4, 5][slice(None, None, -2)], "abcdef"[::-1] if False else "", (1, 2, 3)[::-1], list(range(10))[-3::-3])
