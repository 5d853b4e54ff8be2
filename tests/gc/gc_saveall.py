# DEBUG_SAVEALL: the garbage a collection finds goes to gc.garbage instead of
# being freed; the objects stay alive, their __del__ has run once, and
# clearing gc.garbage (with the flag off) frees them for good.
import gc
import weakref

gc.disable()
gc.collect()
print("gc.garbage at start:", gc.garbage)


class Node:
    pass


gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug())
l = [1, 2]
l.append(l)
d = {"k": "v"}
d["self"] = d
del l, d
print("collect() ->", gc.collect())
print("gc.garbage holds them:", sorted(type(o).__name__ for o in gc.garbage))
lst = [o for o in gc.garbage if type(o) is list][0]
print("the list is intact:", lst[:2], lst[2] is lst)

n = Node()
n.me = n
wr = weakref.ref(n)
del n
gc.collect()
print("the instance is saved, not freed:", any(type(o) is Node for o in gc.garbage))
print("but its weak references were cleared, as for any garbage:", wr() is None)
print("gc.garbage keeps the saved objects reachable: collect() ->", gc.collect())

gc.set_debug(0)
print("saved at least the list, the dict and the instance:", len(gc.garbage) >= 3)
saved_node = weakref.ref([o for o in gc.garbage if type(o) is Node][0])
gc.garbage.clear()
del lst
gc.collect()
print("after clearing gc.garbage and collecting:", gc.garbage, saved_node() is None)

print("DEBUG_LEAK implies SAVEALL:", gc.DEBUG_LEAK & gc.DEBUG_SAVEALL != 0)
gc.enable()
