# DEBUG_STATS and DEBUG_COLLECTABLE write to stderr (not compared: it holds
# counts and timings); stdout only shows that collections still work with
# the flags on, and that the flags are restored.
import gc

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
del l
print("collect() with DEBUG_STATS:", gc.collect())
print("collect(0) with DEBUG_STATS:", gc.collect(0))
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
d = {}
d["d"] = d
del d
print("collect() with DEBUG_COLLECTABLE:", gc.collect())
gc.set_threshold(50)
gc.enable()
keep = [[] for i in range(200)]
gc.disable()
gc.set_threshold(700)
gc.set_debug(0)
print("flags restored:", gc.get_debug())
gc.enable()
