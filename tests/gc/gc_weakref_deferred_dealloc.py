# Freeing a deeply nested structure defers deallocations past some depth
# (no recursion on the C stack).  A weak reference whose count reached zero
# but whose deallocation is still pending is dead: when its referent dies
# meanwhile, its callback must not run (CPython: a weak reference with a
# count of zero gets no callback), and nothing may revive it.
import weakref


class X:
    pass


saved = []


def callback(wr):
    saved.append(wr)  # would revive a dying weak reference


def build(depth):
    x, y, z = X(), X(), X()
    # a list releases its items from the last: z, y, then the weak
    # reference, then its referent
    items = [x, weakref.ref(x, callback), y, z]
    del x, y, z
    for i in range(depth):
        items = [items]
    return items


calls = []
for depth in range(300):
    nested = build(depth)
    del nested
    calls.append(len(saved))
    saved.clear()
print("callbacks at any depth:", sorted(set(calls)))
print("done")
