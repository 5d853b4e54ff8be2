# weakref.ref: which objects can be weakly referenced, calling, sharing of
# the callback-less reference, getweakrefcount/getweakrefs (and their
# order), hashing, equality, repr, __callback__, __weakref__, subclasses.
import weakref


def noaddr(s):
    # Replaces every 0x... address by 0x?, as addresses differ between runs.
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("0x?")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdefABCDEF":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", noaddr(repr(r)))


class A:
    pass


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


def func():
    pass


print("what can be weakly referenced")
def gen():
    yield 1


for label, obj in [("instance", A()), ("class", A), ("function", func), ("set", {1}),
                   ("frozenset", frozenset([1])), ("built-in type", int), ("type", type), ("generator", gen())]:
    print(" ", label, weakref.ref(obj)() is obj)
for label, obj in [("list", []), ("dict", {}), ("tuple", (1,)), ("int", 5), ("str", "s"), ("None", None),
                   ("float", 1.5), ("bytes", b"x")]:
    t("  " + label, lambda: weakref.ref(obj))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyExc(Exception):
    pass


print("subclasses of built-ins", weakref.ref(MyList())() is None, weakref.ref(MyDict())() is None,
      weakref.ref(MyExc())() is None)
keep = MyList([1])
print("  a live list subclass:", weakref.ref(keep)() is keep)

print("a generator's weak references die before it is closed")


def closing():
    try:
        yield 1
    finally:
        print("  finally: own weak reference dead:", gen_ref() is None)


g = closing()
next(g)
gen_ref = weakref.ref(g, lambda w: print("  callback ran"))
del g

print("calling")
a = A()
r = weakref.ref(a)
print("  alive:", r() is a)
del a
print("  dead:", r())
t("  r(1)", lambda: r(1))
t("  r(x=1)", lambda: r(x=1))

print("construction errors")
t("  ref()", lambda: weakref.ref())
t("  ref(a, None, 1)", lambda: weakref.ref(A(), None, 1))
t("  ref(a, callback=None)", lambda: weakref.ref(A(), callback=None))
t("  a non-callable callback is accepted", lambda: type(weakref.ref(A(), 1)).__name__)

print("sharing")
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, None)
print("  callback-less refs are one object:", r1 is r2 is r3)
c1 = weakref.ref(a, lambda w: None)
c2 = weakref.ref(a, lambda w: None)
print("  refs with callbacks are distinct:", c1 is not c2 and c1 is not r1)
p1 = weakref.proxy(a)
p2 = weakref.proxy(a)
print("  callback-less proxies are one object:", p1 is p2)
print("  getweakrefcount:", weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print("  getweakrefs order: basic ref, basic proxy, then newest first:",
      refs[0] is r1, refs[1] is p1, refs[2] is c2, refs[3] is c1)
print("  getweakrefcount of non-weakrefable objects:", weakref.getweakrefcount(1), weakref.getweakrefs([]))
del c1
print("  one less:", weakref.getweakrefcount(a))
del a
print("  after death:", r1(), len(weakref.getweakrefs(r1)))
t("  getweakrefcount()", lambda: weakref.getweakrefcount())
t("  getweakrefs(1, 2)", lambda: weakref.getweakrefs(1, 2))

print("hashing")
e = Eq(7)
r = weakref.ref(e)
print("  hash is the referent's:", hash(r) == hash(e) == hash(7))
del e
print("  cached after death:", hash(r) == hash(7))
e = Eq(8)
r = weakref.ref(e)
del e
t("  never hashed, then dead", lambda: hash(r))


class NoHash:
    __hash__ = None


nh = NoHash()
t("  unhashable referent", lambda: hash(weakref.ref(nh)))

print("equality")
x1, x2, x3 = Eq(1), Eq(1), Eq(2)
rx1, rx2, rx3 = weakref.ref(x1), weakref.ref(x2), weakref.ref(x3)
print("  equal referents:", rx1 == rx2, rx1 != rx2)
print("  different referents:", rx1 == rx3, rx1 != rx3)
print("  with other types:", rx1 == 1, rx1 == x1, rx1.__eq__(1))
d = {rx1: "one"}
print("  as a dict key, found through an equal ref:", d[rx2])
del x1, x2
print("  dead: identity only:", rx1 == rx2, rx1 == rx1, rx1 != rx2)
print("  ordering is not defined:", end=" ")
t("", lambda: rx1 < rx3)

print("repr")
a = A()
r = weakref.ref(a)
t("  to an instance", lambda: r)
t("  to a function", lambda: weakref.ref(func))
t("  to a class", lambda: weakref.ref(A))
t("  to int", lambda: weakref.ref(int))
del a
t("  dead", lambda: r)

print("attributes")
cb = lambda w: None
a = A()
print("  __callback__:", weakref.ref(a).__callback__, weakref.ref(a, cb).__callback__ is cb)
print("  type:", type(weakref.ref(a)), weakref.ref is weakref.ReferenceType)
print("  isinstance:", isinstance(weakref.ref(a), weakref.ref))
print("  ProxyTypes:", weakref.ProxyTypes)
print("  class __weakref__:", A.__weakref__)
print("  instance without weak references:", A().__weakref__)
r = weakref.ref(a)
print("  instance __weakref__ is its first reference:", a.__weakref__ is r)
t("  assigning __weakref__", lambda: setattr(a, "__weakref__", 1))
print("  in the class dict:", "__weakref__" in A.__dict__, "__dict__" in A.__dict__)


class B(A):
    pass


print("  only the first class of a hierarchy defines it:", "__weakref__" in B.__dict__)
print("  instances of subclasses:", weakref.ref(B())() is None)

print("subclassing ref")


class KeyedRef(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


a = A()
kr = KeyedRef(a, None, "k")
print("  key:", kr.key, "alive:", kr() is a, "type:", type(kr).__name__)
print("  distinct from the basic ref:", kr is not weakref.ref(a), isinstance(kr, weakref.ref))
print("  counted:", weakref.getweakrefcount(a))
died = []
kr2 = KeyedRef(a, lambda w: died.append(w.key), "k2")
del a
print("  callback saw the key:", died)

print("WeakMethod")


class M:
    def m(self):
        return "m of " + self.name


m = M()
m.name = "m"
wm = weakref.WeakMethod(m.m, lambda w: print("  callback, dead:", w() is None))
print("  call:", wm()(), " equal:", wm == weakref.WeakMethod(m.m), wm != weakref.WeakMethod(m.m),
      " hash:", hash(wm) == hash(weakref.WeakMethod(m.m)))
t("  a function is not a bound method", lambda: weakref.WeakMethod(len))
del m
print("  after the instance died:", wm())
