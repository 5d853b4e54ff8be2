# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries vanish when
# their referents die — by reference counting at once, by the collector for
# cycles — and the containers behave as mappings/sets meanwhile.
import gc
import weakref

gc.disable()
gc.collect()


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


print("WeakValueDictionary")
a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary({"a": a}, b=b)
d["c"] = c
print("  len:", len(d), " keys:", sorted(d.keys()), " d['a']:", d["a"], " 'b' in d:", "b" in d)
print("  items:", sorted(d.items(), key=lambda kv: kv[0]), " get:", d.get("c"), d.get("zz", "default"))
del a
print("  after del a:", sorted(d), len(d), "'a' in d:", "a" in d)
t("  d['a']", lambda: d["a"])
b.me = b
del b
print("  b in a cycle, before collect:", sorted(d))
gc.collect()
print("  after collect:", sorted(d))
print("  setdefault:", d.setdefault("c", None), " pop:", d.pop("c"), " pop default:", d.pop("c", "none"))
t("  pop missing", lambda: d.pop("c"))
keep = [Obj(str(i)) for i in range(5)]
d.update((str(i), o) for i, o in enumerate(keep))
print("  update from pairs:", len(d), sorted(d.values(), key=lambda o: o.name))
print("  valuerefs alive:", all(r() is not None for r in d.valuerefs()))
c2 = d.copy()
print("  copy:", type(c2).__name__, len(c2))
del keep[0:3]
print("  after releasing three values:", len(d), len(c2), sorted(d))
k, v = d.popitem()
print("  popitem gives a live pair:", v.name == k)
print("  repr shape:", repr(d).startswith("<WeakValueDictionary at 0x"))
del d[sorted(d)[0]]
print("  after del:", len(d))
o = Obj("replaced")
d["x"] = Obj("short-lived")
d["x"] = o
print("  a dead value replaced before its callback ran is kept:", d["x"])

print("WeakKeyDictionary")
k1, k2 = Obj("k1"), Obj("k2")
wk = weakref.WeakKeyDictionary({k1: 1})
wk[k2] = 2
print("  len:", len(wk), " wk[k1]:", wk[k1], " k2 in wk:", k2 in wk, " 5 in wk:", 5 in wk)
print("  items:", sorted((o.name, v) for o, v in wk.items()))
t("  non-weakrefable key", lambda: wk.__setitem__([], 1))
del k1
print("  after del k1:", len(wk), [o.name for o in wk.keys()])
k2.cycle = k2
del k2
gc.collect()
print("  after collecting a cyclic key:", len(wk), list(wk.values()))
k3 = Obj("k3")
print("  setdefault:", wk.setdefault(k3, []), " get:", wk.get(k3), " pop:", wk.pop(k3), len(wk))
k4 = Obj("k4")
wk[k4] = "v4"
cp = wk.copy()
print("  copy:", len(cp), cp[k4], " keyrefs:", [r() for r in wk.keyrefs()])
del k4
print("  both emptied:", len(wk), len(cp))

print("WeakSet")
x, y, z = Obj("x"), Obj("y"), Obj("z")
ws = weakref.WeakSet([x, y])
ws.add(z)
print("  len:", len(ws), " x in ws:", x in ws, " 1 in ws:", 1 in ws, " sorted:", sorted(o.name for o in ws))
del y
print("  after del y:", len(ws))
ws.discard(x)
print("  after discard:", len(ws))
try:
    ws.remove(x)
except KeyError as e:
    print("  remove missing -> KeyError of a weak reference:", type(e.args[0]).__name__)
ws.add(x)
print("  ws == WeakSet([x, z]):", ws == weakref.WeakSet([x, z]), " copy:", len(ws.copy()))
z.me = z
del z
gc.collect()
print("  after collecting a cyclic item:", [o.name for o in ws])
print("  pop:", ws.pop().name, len(ws))
t("  pop empty", lambda: ws.pop())
ws |= [x]
print("  |=:", len(ws))

print("containers do not keep themselves alive")
d = weakref.WeakValueDictionary()
r = weakref.ref(d)
d["self"] = Obj("v")
del d
print("  freed by refcounting:", r() is None)
