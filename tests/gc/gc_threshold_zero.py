# The Instagram story: gc.set_threshold(0) turns automatic collection off for
# good, whatever gc.enable() says afterwards — a library calling gc.enable()
# cannot bring the collector back.  gc.isenabled() still answers True and an
# explicit gc.collect() still works.
import gc

gc.disable()
gc.collect()
events = []
gc.callbacks.append(lambda phase, info: events.append(phase))

gc.set_threshold(0)
print("threshold:", gc.get_threshold())
gc.enable()
print("isenabled:", gc.isenabled())

# plenty of cycles and surviving containers: no collection starts
keep = []
for i in range(50000):
    l = []
    l.append(l)
    keep.append({"i": [i]})
del l
print("automatic collections with threshold 0:", len(events))
print("generation 0 count grew past any threshold:", gc.get_count()[0] > 1000)

# an explicit collection still runs (and finds the cycles)
print("explicit collect() found the 50000 cycles:", gc.collect())
print("callbacks of the explicit collection:", events)
events.clear()

# enable() again changes nothing
gc.disable()
gc.enable()
for i in range(20000):
    l = []
    l.append(l)
del l
print("after disable()/enable():", len(events), "collections")

# a positive threshold brings automatic collection back
gc.set_threshold(100)
for i in range(1000):
    l = []
    l.append(l)
del l
print("with threshold 100 again, collections started:", len(events) > 0)
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
gc.collect()
print("done")
