# gc.is_tracked: atoms are never tracked; containers are, except those the
# interpreter proves cannot be part of a cycle — dicts holding only atomic
# keys and values (untracked from creation, tracked from the first
# container stored, untracked again by a full collection), and tuples of
# atoms (untracked by the collection that first sees them).
import gc

gc.disable()
gc.collect()


class C:
    pass


def show(label, obj):
    print(label, gc.is_tracked(obj))


show("1:", 1)
show("2**100:", 2 ** 100)
show("1.5:", 1.5)
show("'s':", "s")
show("b'b':", b"b")
show("None:", None)
show("True:", True)
show("[]:", [])
show("[1]:", [1])
show("set():", set())
show("frozenset():", frozenset())
show("C():", C())
show("C:", C)
show("int:", int)
show("a function:", show)
show("a bound method:", C().__init__ if False else [].append)
show("a module:", gc)
show("a generator:", (x for x in []))
show("bytearray():", bytearray())

print("dicts")
show("{}:", {})
show("dict():", dict())
show("{'a': 1}:", {"a": 1})
show("{'a': []}:", {"a": []})
show("{1: 'x', 2: None}:", {1: "x", 2: None})
show("{'a': {}}:", {"a": {}})
show("{'a': C()}:", {"a": C()})
show("{'a': ('x', 1)}:", {"a": tuple(["x", 1])})


class D(dict):
    pass


show("a dict subclass:", D())
d = {}
show("  empty:", d)
d["x"] = 1
show("  after d['x'] = 1:", d)
d["y"] = [1]
show("  after d['y'] = [1]:", d)
del d["y"]
show("  after del d['y']:", d)
gc.collect(1)
show("  after collect(1):", d)
gc.collect()
show("  after a full collect():", d)
d[(1, 2)] = 3
show("  after a tuple key:", d)
d.setdefault("z", [])
show("  after setdefault('z', []):", d)
e = {}
e.update({"a": []})
show("update() with a list:", e)
show("copy() of a tracked dict:", {"a": []}.copy())
show("copy() of an untracked dict:", {"a": 1}.copy())
show("dict(untracked):", dict({"a": 1}))
show("fromkeys with a list:", dict.fromkeys("ab", []))
show("fromkeys with None:", dict.fromkeys("ab"))
show("comprehension of ints:", {i: i for i in range(3)})
show("comprehension of lists:", {i: [i] for i in range(3)})

print("instance dicts")
o = C()
o.a = 1
show("  atoms only:", o.__dict__)
o.b = []
show("  with a list:", o.__dict__)

print("tuples")
t = tuple([1, 2])
show("  fresh tuple of ints:", t)
gc.collect()
show("  after a collection:", t)
t2 = tuple([1, []])
gc.collect()
show("  tuple holding a list, after a collection:", t2)
t3 = tuple([t, "x"])
gc.collect()
show("  tuple of an untracked tuple, after a collection:", t3)
show("  ():", ())
show("  a dict holding an untracked tuple:", {"k": t})
gc.enable()
