# A chain of 1,000,000 instances closed into a ring: the collector marks and
# frees it without recursing on the C stack (no crash), and a list nested a
# million deep in a cycle likewise.
import gc
import weakref

gc.disable()
gc.collect()


class Link:
    pass


N = 1000000
first = Link()
last = first
for i in range(N - 1):
    nxt = Link()
    last.next = nxt
    last = nxt
last.next = first
wr_first = weakref.ref(first)
wr_last = weakref.ref(last)
del first, last, nxt
print("ring built; refcounting frees nothing:", wr_first() is not None and wr_last() is not None)
n = gc.collect()
print("collect() found at least the million links:", n >= N)
print("all dead:", wr_first() is None and wr_last() is None)

# a ring reachable from a live root survives a collection intact
M = N // 10
root = Link()
cur = root
for i in range(M - 1):
    cur.next = Link()
    cur = cur.next
cur.next = root
print("live ring: collect() ->", gc.collect())
count = 1
cur = root.next
while cur is not root:
    count += 1
    cur = cur.next
print("live ring intact:", count)
del root, cur
print("dropping the root: collect() found it:", gc.collect() >= M)

# a list nested a million deep whose innermost list refers to the outermost
outer = []
cur = outer
for i in range(N):
    inner = []
    cur.append(inner)
    cur = inner
cur.append(outer)
del outer, cur, inner
print("deeply nested lists in a cycle: collect() ->", gc.collect())
gc.enable()
print("done")
