# gc.freeze(): every tracked container moves to the permanent generation,
# which collections never examine — a frozen cycle survives gc.collect();
# gc.unfreeze() moves them back to the oldest generation, where the next
# full collection finds the cycle.  get_freeze_count() counts them.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    def __del__(self):
        print("  __del__", self.name)


print("freeze count at start:", gc.get_freeze_count())
a = Node()
a.name = "frozen cycle"
a.me = a
wr = weakref.ref(a)
lists = [[] for i in range(100)]
gc.freeze()
n_frozen = gc.get_freeze_count()
print("frozen something:", n_frozen > 100)
print("generations empty after freeze:", [len(gc.get_objects(g)) for g in range(3)] == [0, 0, 0]
      or len(gc.get_objects(0)) < 5)
print("get_count()[0] after freeze is small:", gc.get_count()[0] < 5)
del a
print("collect() with the cycle frozen:", gc.collect())
print("frozen cycle alive:", wr() is not None)
print("a frozen object is still tracked:", gc.is_tracked(lists[0]))
print("frozen objects are not in get_objects():", any(o is lists for o in gc.get_objects()))

print("new cycles are still collected while others are frozen")
b = Node()
b.name = "young cycle"
b.me = b
del b
print("  collect() found it:", gc.collect() > 0)
print("  freeze count unchanged:", gc.get_freeze_count() == n_frozen)

print("freezing again adds the new objects")
more = [[] for i in range(10)]
gc.freeze()
print("  freeze count grew by at least 10:", gc.get_freeze_count() >= n_frozen + 10)

print("unfreeze")
gc.unfreeze()
print("  freeze count:", gc.get_freeze_count())
print("  the old objects are in generation 2:", any(o is lists for o in gc.get_objects(2)))
print("  collect(0) and collect(1) do not reach them:", gc.collect(0), gc.collect(1), wr() is not None)
n = gc.collect()
print("  collect() found the cycle:", n > 0, "dead:", wr() is None)
print("  unfreeze() with nothing frozen:", gc.unfreeze(), gc.get_freeze_count())
gc.enable()
print("done")
