# Copy-on-write after fork (DESIGN.md: prefork servers keep their memory
# shared).  A master builds a heap of more than 200,000 containers and forks;
# the child runs gc.collect() and reports how much of its memory became
# private (Private_Dirty of /proc/self/smaps_rollup grows as the child writes
# to pages it shares with the master).  Without gc.freeze() the collection
# writes to every object's GC head, copying most of the heap; after
# gc.freeze() it must not look at them: the growth stays under 1% of the
# heap.  The figures go to stderr; stdout only shows the facts that hold on
# CPython and frost alike.
import gc
import os
import sys


def smaps_kb(field):
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError("no " + field + " in smaps_rollup")


def child_growth_kb():
    # Forks; the child collects and sends back the growth of its private
    # dirty memory, in kB.
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        before = smaps_kb("Private_Dirty")
        gc.collect()
        after = smaps_kb("Private_Dirty")
        os.write(w, str(after - before).encode())
        os._exit(0)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 64)
        if not chunk:
            break
        data += chunk
    os.close(r)
    os.waitpid(pid, 0)
    return int(data)


class Record:
    def __init__(self, i):
        self.i = i
        self.tags = [i, str(i)]


gc.disable()
gc.collect()
lists = [[i, i + 1] for i in range(100000)]
records = [Record(i) for i in range(100000)]
tracked = len(lists) + 2 * len(records)
print("containers built:", tracked >= 200000)
heap_kb = smaps_kb("Anonymous")

unfrozen = child_growth_kb()
gc.freeze()
frozen = child_growth_kb()
gc.unfreeze()

print("heap %d kB; child's growth after collect(): %d kB unfrozen, %d kB frozen (%.2f%%)"
      % (heap_kb, unfrozen, frozen, 100.0 * frozen / heap_kb), file=sys.stderr)
print("without freeze, the collection copies much of the heap:", unfrozen > heap_kb // 4)
print("with freeze, it copies less than 1% of the heap:", frozen < heap_kb // 100)
assert frozen < heap_kb // 100, (frozen, heap_kb)
gc.enable()
