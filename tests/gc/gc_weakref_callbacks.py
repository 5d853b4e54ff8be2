# Weak reference callbacks, by reference counting and by the collector:
# every weak reference is dead before any callback runs, callbacks get the
# weak reference, newest first; the collector clears the weak references to
# its garbage before any __del__ runs and never calls the callback of a weak
# reference that is itself garbage; exceptions in callbacks are reported on
# stderr and ignored.
import gc
import weakref

gc.disable()
gc.collect()


class Obj:
    def __init__(self, name):
        self.name = name


def report(tag):
    def callback(wr):
        print("  callback", tag, "referent is None:", wr() is None)
    return callback


print("refcount death calls the callback with the weak reference")
o = Obj("o")
seen = []
r = weakref.ref(o, seen.append)
del o
print("  got the weak reference itself:", len(seen) == 1 and seen[0] is r, "dead:", r() is None)

print("callbacks run newest first, after every reference is dead")
o = Obj("o")
keep = []
rs = [weakref.ref(o, report("first")), weakref.ref(o, report("second")), weakref.ref(o, report("third"))]
plain = weakref.ref(o)
proxy = weakref.proxy(o, lambda p: print("  callback proxy, is the proxy:", p is proxy))
del o
print("  the plain reference died too:", plain() is None)

print("a weak reference that dies first never calls back")
o = Obj("o")
r = weakref.ref(o, report("never"))
del r
del o
print("  nothing was called")

print("a None callback is no callback")
o = Obj("o")
r = weakref.ref(o, None)
print("  __callback__:", r.__callback__)
del o

print("exceptions in callbacks are reported and the others still run")


def failing(wr):
    raise RuntimeError("callback failed")


o = Obj("o")
r1 = weakref.ref(o, report("after failure"))
r2 = weakref.ref(o, failing)
del o
print("  execution continues")

print("inside __del__ (refcount death) the object is still weakly reachable")


class Watched:
    def __del__(self):
        print("  __del__: own weak reference alive:", watched_ref() is self)


w = Watched()
watched_ref = weakref.ref(w, report("after __del__"))
del w

print("an object resurrected by __del__ keeps its weak references")
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


p = Phoenix()
pr = weakref.ref(p, report("phoenix, on its second death"))
del p
print("  alive through the weak reference:", pr() is saved[0])
saved.clear()
print("  (the second death runs the callback, not __del__)")

print("collector: callback of a reachable weak reference to garbage runs")
a = Obj("a")
b = Obj("b")
a.other, b.other = b, a
ra = weakref.ref(a, report("cycle member a"))
del a, b
print("  before collect")
gc.collect()
print("  after collect, dead:", ra() is None)

print("collector: weak references that are garbage themselves stay silent")
a = Obj("a")
a.me = a
a.self_ref = weakref.ref(a, report("garbage weak reference (not expected)"))
del a
gc.collect()
print("  nothing was called")

print("collector: weak reference to a live object, inside garbage, is cleared silently")
live = Obj("live")
g = Obj("g")
g.me = g
g.ref_to_live = weakref.ref(live, report("live (not expected)"))
del g
gc.collect()
del live
print("  the live object died later without a callback")

print("collector: weak references are cleared before any __del__")


class Peeker:
    def __del__(self):
        print("  __del__ of", self.name, "- weak reference to partner dead:", self.partner_ref() is None,
              "- partner itself still usable:", self.partner.name)


x = Peeker()
y = Peeker()
x.name, y.name = "x", "y"
x.partner, y.partner = y, x
x.partner_ref = weakref.ref(y)
y.partner_ref = weakref.ref(x)
outside = weakref.ref(x, report("outside reference to x"))
del x, y
gc.collect()

print("collector: an object resurrected by __del__ lost its weak references")
resurrected = []


class Lazarus:
    def __del__(self):
        resurrected.append(self)


z = Lazarus()
z.me = z
zr = weakref.ref(z, report("lazarus"))
del z
gc.collect()
print("  alive:", len(resurrected), "weak reference dead:", zr() is None)
print("  getweakrefcount of the resurrected object:", weakref.getweakrefcount(resurrected[0]))
resurrected.clear()
gc.collect()

print("collector: callbacks may allocate and create new weak references")
made = []


def allocating(wr):
    fresh = Obj("fresh")
    made.append((fresh, weakref.ref(fresh)))
    print("  allocating callback ran")


c = Obj("c")
c.me = c
cr = weakref.ref(c, allocating)
del c
gc.collect()
print("  new weak reference alive:", made[0][1]() is made[0][0])

print("collector: weak references freed by their callbacks count as collected")


def f():
    pass


f.me = f
holder = [weakref.ref(f, lambda wr: holder.clear())]
del f
print("  collect() ->", gc.collect())
print("  holder emptied:", holder)

print("collector: a callback failing during collect is reported")
e = Obj("e")
e.me = e
er = weakref.ref(e, failing)
del e
gc.collect()
print("  collect() returned normally")

gc.enable()
print("done")
