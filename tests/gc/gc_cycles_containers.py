# A reference cycle through each kind of container is left alone by
# reference counting and freed by gc.collect(): a canary in the cycle (a
# __del__ that prints) or a weak reference to a member proves it.  The exact
# number of objects a collection finds is printed only where both
# interpreters allocate the same objects (lists, dicts, tuples).
import gc
import weakref

gc.disable()
gc.collect()


class Canary:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  canary freed:", self.name)


class Holder:
    pass


def check(label, wr):
    print(label)
    print("  alive before collect:", wr() is not None)
    n = gc.collect()
    print("  collect() found something:", n > 0)
    print("  alive after collect:", wr() is not None)


# list
l = [Canary("list")]
l.append(l)
del l
print("list cycle, refcounting alone frees nothing; collect() ->", gc.collect())

# list of lists, exact count
a, b, c = [], [], []
a.append(b)
b.append(c)
c.append(a)
del a, b, c
print("three lists in a ring ->", gc.collect())

# dict
d = {"canary": Canary("dict")}
d["self"] = d
del d
print("dict cycle ->", gc.collect())

# tuple through a list
t = ([], Canary("tuple"))
t[0].append(t)
del t
print("tuple+list cycle ->", gc.collect())

# list iterator
l = [1, 2, 3]
it = iter(l)
l.append(it)
del l, it
print("list iterator cycle ->", gc.collect())

# set: through an instance
h = Holder()
s = {h}
h.s = s
wr = weakref.ref(h)
wr_set = weakref.ref(s)
del h, s
check("set <-> instance", wr)
print("  the set died too:", wr_set() is None)

# frozenset: through an instance
h = Holder()
f = frozenset([h, 1, 2])
h.f = f
wr = weakref.ref(f)
del h, f
check("frozenset <-> instance", wr)

# instances
x, y = Holder(), Holder()
x.other, y.other = y, x
x.canary = Canary("instance")
wr = weakref.ref(x)
del x, y
check("instance <-> instance", wr)

# an instance referring to itself
z = Holder()
z.me = z
wr = weakref.ref(z)
del z
check("instance -> itself", wr)


# a class (its __mro__ alone makes a cycle)
class K:
    canary = Canary("class attribute")


wr = weakref.ref(K)
del K
check("class", wr)


# (a class and its own instance: gc_cycle_class_instance.py)


# a closure referring to itself through its cell
def make_closure():
    keep = Canary("closure cell")

    def inner():
        return inner, keep

    return inner


g = make_closure()
wr = weakref.ref(g)
del g
check("closure -> cell -> closure", wr)


# a function attribute
def func():
    pass


func.me = func
func.canary = Canary("function attribute")
wr = weakref.ref(func)
del func
check("function -> __dict__ -> function", wr)


# a function's defaults
def make_default():
    box = []

    def f(box=box):
        return box

    box.append(f)
    return f


wr = weakref.ref(make_default())
check("function -> defaults -> list -> function", wr)


# a generator referring to itself through its frame
def gen(box):
    c = Canary("generator local")
    yield box
    yield 2


box = []
g = gen(box)
box.append(g)
next(g)
h = Holder()
h.g = g
wr = weakref.ref(h)
box.append(h)
del g, box, h
check("generator -> frame -> list -> generator", wr)


# a suspended generator in try/finally: collecting it closes it first
def closing(box):
    try:
        yield box
    finally:
        print("  finally ran during collect")


box = []
g = closing(box)
box.append(g)
next(g)
h = Holder()
box.append(h)
wr = weakref.ref(h)
del g, box, h
check("suspended generator with finally", wr)


# a bound method stored on its own instance
class WithMethod:
    def method(self):
        return 1


o = WithMethod()
o.bound = o.method
wr = weakref.ref(o)
del o
check("instance -> bound method -> instance", wr)


# cells shared by two closures
def pair():
    a = Canary("shared cell")

    def get():
        return a, put

    def put(v):
        nonlocal a
        a = v
        return get

    return get


wr = weakref.ref(pair())
check("two closures sharing cells", wr)

# cycles made at module level
m1 = Holder()
m2 = Holder()
m1.next, m2.next = m2, m1
m1.canary = Canary("module level")
wr = weakref.ref(m2)
del m1, m2
check("module-level cycle", wr)


# an exception holding itself
class Boom(Exception):
    pass


try:
    raise Boom("x")
except Boom as e:
    e.me = e
    wr = weakref.ref(e)
check("exception -> itself", wr)

# a long ring of mixed containers
first = Holder()
cur = first
for i in range(100):
    nxt = Holder()
    cur.next = [{"n": (nxt,)}]
    cur = nxt
cur.next = first
wr = weakref.ref(first)
del first, cur, nxt
check("ring of 100 instances through lists, dicts and tuples", wr)

gc.enable()
print("done")
