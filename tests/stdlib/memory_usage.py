# memory.usage: frost's own module (CPython has none), so this test is
# frost-only and its .out was written by hand.  Byte counts vary from run to
# run; the script prints only invariants that always hold: the keys and
# their order, uss = private_clean + private_dirty, rss = shared + private,
# pss <= rss, growth of uss when the process touches new memory, a forked
# child sharing pages with its parent, and the errors for bad pids.
import os
import memory

KEYS = ["rss", "pss", "shared_clean", "shared_dirty", "private_clean", "private_dirty", "uss", "swap"]


def invariants(u):
    return [
        list(u) == KEYS,
        all(type(v) is int and v >= 0 and v % 1024 == 0 for v in u.values()),
        u["uss"] == u["private_clean"] + u["private_dirty"],
        u["rss"] == u["shared_clean"] + u["shared_dirty"] + u["private_clean"] + u["private_dirty"],
        u["uss"] <= u["rss"],
        u["uss"] <= u["pss"] <= u["rss"],
        u["rss"] > 0,
    ]


u = memory.usage()
print(invariants(u))
print(invariants(memory.usage(os.getpid())), invariants(memory.usage(pid=None)))
before = memory.usage()["uss"]
block = bytearray(32 * 1024 * 1024)
for i in range(0, len(block), 4096):
    block[i] = 1
after = memory.usage()["uss"]
print(after - before >= 30 * 1024 * 1024)
del block

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # wait until the parent has measured us
    os._exit(0)
os.close(r)
child = memory.usage(pid)
print(invariants(child), child["shared_clean"] + child["shared_dirty"] > 0, child["pss"] < child["rss"])
os.write(w, b"x")
os.close(w)
os.waitpid(pid, 0)


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: memory.usage(pid))
check(lambda: memory.usage(0))
check(lambda: memory.usage(-5))
check(lambda: memory.usage("1"))
check(lambda: memory.usage(1, 2))
