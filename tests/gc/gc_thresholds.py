# Automatic collection: thresholds, generation counts, gc.callbacks and
# get_stats().  Allocation counts inside an interpreter differ slightly
# (free lists, internal objects), so the numbers of automatic collections are
# checked against ranges that hold for CPython's own arithmetic: with
# threshold0 = T, N allocations of surviving containers trigger about
# N / (T + 1) young collections, one in (threshold1 + 1) of them promoted to
# a generation-1 collection (threshold1 = 10: every eleventh).
import gc

gc.disable()
gc.collect()

events = []


def record(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


def starts(gen=None):
    return sum(1 for e in events if e[0] == "start" and (gen is None or e[1] == gen))


print("callback info keys:", end=" ")
gc.callbacks.append(lambda phase, info: print(phase, sorted(info)) if phase == "start" else None)
gc.collect()
gc.callbacks.clear()

gc.callbacks.append(record)

print("gc.collect() runs the callbacks: start then stop")
events.clear()
gc.collect(1)
print(" ", events)

print("disabled: no automatic collection")
events.clear()
keep = []
for i in range(5000):
    keep.append([])
print("  collections:", len(events))
del keep

print("threshold (100, 10, 10), 10000 surviving lists")
gc.collect()
events.clear()
stats_before = [s["collections"] for s in gc.get_stats()]
gc.set_threshold(100, 10, 10)
gc.enable()
keep = []
for i in range(10000):
    keep.append([])
gc.disable()
g0, g1, g2 = starts(0), starts(1), starts(2)
print("  young collections about 91:", 85 <= g0 <= 95)
print("  generation-1 collections about 8:", 6 <= g1 <= 10)
print("  full collections at most 1:", g2 <= 1)
print("  every start has its stop:", starts() == sum(1 for e in events if e[0] == "stop"))
print("  nothing was garbage:", all(e[2] == 0 and e[3] == 0 for e in events))
stats_after = [s["collections"] for s in gc.get_stats()]
print("  get_stats() agrees with the callbacks:",
      [a - b for a, b in zip(stats_after, stats_before)] == [g0, g1, g2])
del keep

print("threshold (1000, 10, 10), 10000 surviving lists")
gc.collect()
events.clear()
gc.set_threshold(1000, 10, 10)
gc.enable()
keep = []
for i in range(10000):
    keep.append([])
gc.disable()
print("  about 10 collections:", 8 <= starts() <= 10, "none of generation 2:", starts(2) == 0)
del keep

print("threshold (100, 2, 10): an older generation every fourth collection")
gc.collect()
events.clear()
gc.set_threshold(100, 2, 10)
gc.enable()
keep = []
for i in range(6000):
    keep.append([])
gc.disable()
g0, older = starts(0), starts(1) + starts(2)
print("  young collections about 44:", 40 <= g0 <= 48, "older about 15:", 13 <= older <= 17)
del keep

print("cycles are collected automatically, all of them")
gc.collect()
events.clear()
gc.set_threshold(100, 10, 10)
gc.enable()
for i in range(10000):
    l = []
    l.append(l)
del l
gc.disable()
automatic = sum(e[2] for e in events if e[0] == "stop")
print("  at least 20 automatic collections:", starts() >= 20)
print("  most cycles found automatically:", automatic > 9000)
print("  with a final collect(), all 10000:", automatic + gc.collect())

print("get_count grows with allocations and restarts at a collection")
gc.collect()
before = gc.get_count()[0]
keep = [[] for i in range(50)]
print("  grew by at least 50:", gc.get_count()[0] - before >= 50)
gc.collect(0)
print("  generation-1 count after collect(0):", gc.get_count()[1])
del keep

print("a callback that raises is reported; collection goes on")


def failing(phase, info):
    raise ValueError("callback " + phase)


gc.callbacks.insert(0, failing)
events.clear()
print("  collect() ->", gc.collect())
print("  the next callback still ran:", [e[0] for e in events])
gc.callbacks.remove(failing)

print("callbacks may be removed and gc.callbacks replaced")
gc.callbacks.remove(record)
events.clear()
gc.collect()
print("  after removal:", events)
gc.callbacks.append(record)
gc.collect(0)
print("  generations seen:", [e[1] for e in events])
gc.callbacks.clear()

gc.set_threshold(700, 10, 10)
gc.enable()
print("done")
