# __del__ (PEP 442): when it runs — by reference counting at once, by the
# collector for cycles —, its order, that it runs at most once even when the
# object is resurrected, that a resurrected object survives with its
# attributes intact, and gc.is_finalized.
import gc

gc.disable()
gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


print("refcounting: __del__ runs when the last reference goes")
a = Noisy("a")
b = a
del a
print("  still referenced")
del b
print("  after del")

print("a chain is finalized from the head")
head = Noisy("head")
head.next = Noisy("middle")
head.next.next = Noisy("tail")
del head

print("a container releases its items in order")
items = [Noisy("item0"), Noisy("item1"), Noisy("item2")]
del items

print("rebinding a name finalizes the old value")
x = Noisy("first")
x = Noisy("second")
del x

print("a cycle waits for the collector")
p = Noisy("p")
q = Noisy("q")
p.other, q.other = q, p
del p, q
print("  before collect")
n = gc.collect()
print("  collect() found something:", n > 0)

print("__del__ may read the other members of its cycle")


class Reader:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name, "sees", self.other.name)


r1 = Reader("r1")
r2 = Reader("r2")
r1.other, r2.other = r2, r1
del r1, r2
gc.collect()

print("an exception in __del__ is reported and ignored")


class Broken:
    def __del__(self):
        raise ValueError("from __del__")


bk = Broken()
del bk
print("  execution continues")
bk = Broken()
bk.me = bk
del bk
gc.collect()
print("  collect() continues")

print("resurrection by refcount death")
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.data = [1, 2, 3]

    def __del__(self):
        print("  __del__", self.name, "finalized before:", gc.is_finalized(self))
        saved.append(self)


ph = Phoenix("phoenix")
print("  is_finalized before:", gc.is_finalized(ph))
del ph
print("  resurrected:", len(saved), saved[0].name, saved[0].data)
print("  is_finalized after:", gc.is_finalized(saved[0]))
ph = saved.pop()
del ph
print("  second death: __del__ did not run again;", len(saved), "saved")

print("resurrection from a cycle")
ph = Phoenix("cyclic phoenix")
ph.me = ph
partner = Phoenix("partner")
partner.link = ph
ph.partner = partner
del ph, partner
n = gc.collect()
print("  saved:", sorted(o.name for o in saved))
print("  collect() counts no resurrected object:", n)
print("  resurrected objects keep their state:", [o.data for o in saved])
print("  all finalized:", all(gc.is_finalized(o) for o in saved))
survivors = saved[:]
saved.clear()
del survivors
n = gc.collect()
print("  the second collection frees them without __del__:", n > 0, len(saved))

print("resurrecting only a helper object")


class Keeper:
    def __del__(self):
        kept.append(self.payload)


kept = []
k = Keeper()
k.payload = [Noisy("payload")]
k.me = k
del k
gc.collect()
print("  payload survived:", len(kept), kept[0][0].name)
kept.clear()
print("  payload freed by refcounting after clear()")

print("__del__ order in a collected ring follows creation")
ring = [Noisy("ring%d" % i) for i in range(4)]
for i in range(4):
    ring[i].next = ring[(i + 1) % 4]
del ring
gc.collect()

print("gc.is_finalized on fresh objects and atoms:", gc.is_finalized(Noisy("fresh")), gc.is_finalized(3))
gc.enable()
print("done")
