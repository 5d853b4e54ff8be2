# Every function and attribute of the gc module: return values, types and
# argument errors, as CPython 3.11.  Counts that depend on the interpreter's
# own allocations are never printed, only facts both interpreters share.
import gc


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


gc.disable()
gc.collect()

print("names:", sorted(k for k in dir(gc) if not k.startswith("__")))
print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("DEBUG_LEAK is COLLECTABLE|UNCOLLECTABLE|SAVEALL:",
      gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("garbage:", type(gc.garbage).__name__, gc.garbage)
print("callbacks:", type(gc.callbacks).__name__, gc.callbacks)

# enable / disable / isenabled
print("isenabled after disable:", gc.isenabled())
t("enable()", gc.enable)
print("isenabled after enable:", gc.isenabled())
t("disable()", gc.disable)
print("isenabled:", gc.isenabled())
t("enable(1)", lambda: gc.enable(1))
t("disable(1)", lambda: gc.disable(1))
t("isenabled(1)", lambda: gc.isenabled(1))
t("enable(x=1)", lambda: gc.enable(x=1))

# collect
t("collect()", gc.collect)
t("collect(0)", lambda: gc.collect(0))
t("collect(1)", lambda: gc.collect(1))
t("collect(2)", lambda: gc.collect(2))
t("collect(generation=1)", lambda: gc.collect(generation=1))
t("collect(True)", lambda: gc.collect(True))
t("collect(3)", lambda: gc.collect(3))
t("collect(-1)", lambda: gc.collect(-1))
t("collect(2**40)", lambda: gc.collect(2 ** 40))
t("collect(2**70)", lambda: gc.collect(2 ** 70))
t("collect(None)", lambda: gc.collect(None))
t("collect('x')", lambda: gc.collect("x"))
t("collect(1.0)", lambda: gc.collect(1.0))
t("collect(1, 2)", lambda: gc.collect(1, 2))
t("collect(x=1)", lambda: gc.collect(x=1))
t("collect(generation=1, x=2)", lambda: gc.collect(generation=1, x=2))


class Index:
    def __index__(self):
        return 1


t("collect(Index())", lambda: gc.collect(Index()))

# get_count: a 3-tuple of ints; after a full collection, the older counts are 0
c = gc.get_count()
print("get_count:", type(c).__name__, len(c), [type(x).__name__ for x in c])
gc.collect()
print("get_count()[1:] after collect():", gc.get_count()[1:])
gc.collect(0)
print("get_count()[1] after collect(0):", gc.get_count()[1])
gc.collect(0)
print("get_count()[1] after two collect(0):", gc.get_count()[1])
gc.collect(1)
print("get_count()[1:] after collect(1):", gc.get_count()[1:])
t("get_count(1)", lambda: gc.get_count(1))

# thresholds (threshold 0 is 1 under FROST_GC_STRESS, so only the others
# are shown before it is set)
t("get_threshold()[1:]", lambda: gc.get_threshold()[1:])
t("set_threshold(500)", lambda: gc.set_threshold(500))
t("get_threshold()", gc.get_threshold)
t("set_threshold(100, 5)", lambda: gc.set_threshold(100, 5))
t("get_threshold()", gc.get_threshold)
t("set_threshold(700, 10, 10)", lambda: gc.set_threshold(700, 10, 10))
t("get_threshold()", gc.get_threshold)
t("set_threshold(-5)", lambda: gc.set_threshold(-5))
t("get_threshold()", gc.get_threshold)
t("set_threshold(True)", lambda: gc.set_threshold(True))
t("set_threshold(Index())", lambda: gc.set_threshold(Index()))
t("get_threshold()", gc.get_threshold)
t("set_threshold()", lambda: gc.set_threshold())
t("set_threshold(1, 2, 3, 4)", lambda: gc.set_threshold(1, 2, 3, 4))
t("set_threshold(threshold0=1)", lambda: gc.set_threshold(threshold0=1))
t("set_threshold(1.5)", lambda: gc.set_threshold(1.5))
t("set_threshold(None)", lambda: gc.set_threshold(None))
t("set_threshold(2**40)", lambda: gc.set_threshold(2 ** 40))
t("set_threshold(-2**40)", lambda: gc.set_threshold(-2 ** 40))
t("set_threshold(2**70)", lambda: gc.set_threshold(2 ** 70))
# PyArg_ParseTuple stores each threshold as it converts
t("set_threshold(5, 'x')", lambda: gc.set_threshold(5, "x"))
t("get_threshold()", gc.get_threshold)
t("get_threshold(1)", lambda: gc.get_threshold(1))
gc.set_threshold(700, 10, 10)

# debug flags
t("get_debug()", gc.get_debug)
t("set_debug(gc.DEBUG_SAVEALL)", lambda: gc.set_debug(gc.DEBUG_SAVEALL))
t("get_debug()", gc.get_debug)
t("set_debug(-1)", lambda: gc.set_debug(-1))
t("get_debug()", gc.get_debug)
t("set_debug(0)", lambda: gc.set_debug(0))
t("set_debug()", lambda: gc.set_debug())
t("set_debug(1, 2)", lambda: gc.set_debug(1, 2))
t("set_debug('x')", lambda: gc.set_debug("x"))
t("set_debug(2**40)", lambda: gc.set_debug(2 ** 40))
t("set_debug(flags=0)", lambda: gc.set_debug(flags=0))
t("get_debug(1)", lambda: gc.get_debug(1))
t("get_debug()", gc.get_debug)

# get_objects
everything = gc.get_objects()
print("get_objects() is a list:", type(everything).__name__)
marker = [["marker"]]
print("a new list is in get_objects():", any(o is marker for o in gc.get_objects()))
number = int("12345")
print("an int is not:", any(o is number for o in gc.get_objects()))
objs = gc.get_objects()
print("get_objects() excludes its own result:", not any(o is objs for o in objs))
del objs
gc.collect()
young = [[], []]
print("new list in generation 0:", any(o is young for o in gc.get_objects(0)))
print("new list not in generation 2:", any(o is young for o in gc.get_objects(2)))
gc.collect(0)
print("after collect(0), in generation 1:", any(o is young for o in gc.get_objects(1)))
gc.collect()
print("after collect(), in generation 2:", any(o is young for o in gc.get_objects(2)))
print("get_objects(generation=None) is everything:", any(o is young for o in gc.get_objects(generation=None)))
print("get_objects(-1) is everything:", any(o is young for o in gc.get_objects(-1)))
t("get_objects(3)", lambda: gc.get_objects(3))
t("get_objects(generation=3)", lambda: gc.get_objects(generation=3))
t("get_objects(-2)", lambda: gc.get_objects(-2))
t("get_objects(Index())[:0]", lambda: gc.get_objects(Index())[:0])
t("get_objects('x')", lambda: gc.get_objects("x"))
t("get_objects(2.0)", lambda: gc.get_objects(2.0))
t("get_objects(2**70)", lambda: gc.get_objects(2 ** 70))
t("get_objects(1, 2)", lambda: gc.get_objects(1, 2))
t("get_objects(gen=1)", lambda: gc.get_objects(gen=1))

# get_stats: three dicts with three keys; collections counted per generation
stats = gc.get_stats()
print("get_stats:", type(stats).__name__, len(stats), [sorted(s) for s in stats])
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
gc.collect(1)
gc.collect()
after = [s["collections"] for s in gc.get_stats()]
print("collections per generation:", [a - b for a, b in zip(after, before)])
before = gc.get_stats()[2]["collected"]
for i in range(5):
    l = []
    l.append(l)
del l
print("collect() after 5 list cycles:", gc.collect())
print("get_stats()[2]['collected'] grew by:", gc.get_stats()[2]["collected"] - before)
print("uncollectable:", [s["uncollectable"] for s in gc.get_stats()])
t("get_stats(1)", lambda: gc.get_stats(1))

# get_referrers / get_referents
a = ["a"]
holder1 = [a]
holder2 = {"k": a}
refs = gc.get_referrers(a)
print("get_referrers finds the list and the dict:",
      any(r is holder1 for r in refs), any(r is holder2 for r in refs))
print("get_referrers of nothing:", gc.get_referrers())
t("get_referrers(x=1)", lambda: gc.get_referrers(x=1))
x = [1, "two", a]
# (The order of the referents is the traversal order, an implementation
# detail; CPython also leaves out the str keys of a dict.)
print("get_referents:", sorted(map(repr, gc.get_referents(x))))
print("get_referents of two:", len(gc.get_referents(x, x)))
print("get_referents of atoms:", gc.get_referents(1, "s", None))
inner = []
print("get_referents of a dict:", any(r is inner for r in gc.get_referents({"k": inner})))
print("get_referents of a tuple:", sorted(gc.get_referents((1, 2))))
print("get_referents of nothing:", gc.get_referents())
t("get_referents(x=1)", lambda: gc.get_referents(x=1))


class C:
    pass


inst = C()
print("an instance refers to its class:", any(r is C for r in gc.get_referents(inst)))

# is_tracked / is_finalized
t("is_tracked([])", lambda: gc.is_tracked([]))
t("is_tracked(1)", lambda: gc.is_tracked(1))
t("is_tracked()", lambda: gc.is_tracked())
t("is_tracked(1, 2)", lambda: gc.is_tracked(1, 2))
t("is_tracked(obj=1)", lambda: gc.is_tracked(obj=1))
t("is_finalized([])", lambda: gc.is_finalized([]))
t("is_finalized(1)", lambda: gc.is_finalized(1))
t("is_finalized()", lambda: gc.is_finalized())
t("is_finalized(1, 2)", lambda: gc.is_finalized(1, 2))

# freeze / unfreeze / get_freeze_count
t("get_freeze_count()", gc.get_freeze_count)
t("freeze()", gc.freeze)
print("get_freeze_count() > 0:", gc.get_freeze_count() > 0)
print("frozen objects are not in get_objects():", any(o is young for o in gc.get_objects()))
print("get_count()[0] after freeze():", gc.get_count()[0] < 5)
t("unfreeze()", gc.unfreeze)
t("get_freeze_count()", gc.get_freeze_count)
print("unfrozen objects are in generation 2:", any(o is young for o in gc.get_objects(2)))
t("freeze(1)", lambda: gc.freeze(1))
t("unfreeze(1)", lambda: gc.unfreeze(1))
t("get_freeze_count(1)", lambda: gc.get_freeze_count(1))

# collect() inside a collection (a callback) returns 0
seen = []


def cb(phase, info):
    if phase == "start":
        seen.append(gc.collect())


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print("collect() during a collection:", seen)
gc.enable()
print("enabled at the end:", gc.isenabled())
