# weakref.finalize: calls func(*args, **kwargs) once — when the object dies,
# when the finalizer is called, or at exit if `atexit` is true (newest
# first) — with alive, detach(), peek() and the atexit attribute.
import gc
import weakref

gc.disable()
gc.collect()


class Obj:
    pass


def show(*args, **kwargs):
    print("  finalizer ran:", args, sorted(kwargs.items()))
    return "result"


print("when the object dies")
o = Obj()
f = weakref.finalize(o, show, 1, 2, key="v")
print("  alive:", f.alive, " atexit:", f.atexit, " peek:", f.peek()[0] is o, f.peek()[1] is show, f.peek()[2:])
del o
print("  alive after death:", f.alive, " peek:", f.peek(), " call:", f())

print("calling the finalizer")
o = Obj()
f = weakref.finalize(o, show, "called")
print("  first call:", f())
print("  second call:", f(), " alive:", f.alive)
del o
print("  the object's death runs nothing more")

print("detach")
o = Obj()
f = weakref.finalize(o, show, "detached")
info = f.detach()
print("  detach():", info[0] is o, info[1] is show, info[2:], " alive:", f.alive, " again:", f.detach())
del o
print("  nothing ran")

print("in a cycle, at collection")
o = Obj()
o.me = o
f = weakref.finalize(o, show, "cycle")
del o
print("  before collect:", f.alive)
gc.collect()
print("  after collect:", f.alive)

print("the finalizer does not keep the object alive")
o = Obj()
r = weakref.ref(o)
f = weakref.finalize(o, print, "  finalizer without a reference to its object")
del o
print("  dead:", r() is None)

print("a method of the object itself would keep it alive (so use a function)")
class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, Resource._cleanup, name)

    @staticmethod
    def _cleanup(name):
        print("  cleanup of", name)

    def close(self):
        self._finalizer()


res = Resource("res1")
res.close()
res.close()
res2 = Resource("res2")
del res2

print("atexit")
o1, o2, o3 = Obj(), Obj(), Obj()
f1 = weakref.finalize(o1, print, "at exit: first registered (runs last)")
f2 = weakref.finalize(o2, print, "at exit: second registered (runs first)")
f3 = weakref.finalize(o3, print, "never: atexit is False")
f3.atexit = False
print("  atexit flags:", f1.atexit, f2.atexit, f3.atexit)
f4 = weakref.finalize(Obj(), print, "dead already")
print("  a dead finalizer's atexit:", f4.atexit, f4.alive)
print("  repr of a dead finalizer:", repr(f4).endswith("; dead>"))
print("  repr of a live one names the type:", "for 'Obj' at" in repr(f1))
print("end of the script")
