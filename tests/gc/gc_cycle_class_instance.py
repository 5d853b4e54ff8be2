# A class and its own instances in one garbage cycle: the collector clears
# them in any order, so an instance must stay deallocatable after its class
# was cleared (CPython's type_clear keeps tp_base for that reason).
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    pass


Node.prototype = Node()
Node.prototype.cls = Node
wr = weakref.ref(Node)
wr_instance = weakref.ref(Node.prototype)
del Node
print("collect() found something:", gc.collect() > 0)
print("class freed:", wr() is None, "instance freed:", wr_instance() is None)


def make():
    class Local:
        def __del__(self):
            print("__del__ of an instance of a local class")

    items = [Local() for i in range(3)]
    Local.items = items
    return weakref.ref(Local)


wr = make()
print("collect() found something:", gc.collect() > 0)
print("local class freed:", wr() is None)


class Base:
    pass


def subclass_cycle():
    class Derived(Base):
        pass

    d = Derived()
    d.self = d
    Derived.instance = d
    return weakref.ref(Derived)


wr = subclass_cycle()
gc.collect()
print("subclass and instance freed:", wr() is None)
gc.enable()
