# fork_pipe.py — a master forks workers that report back through pipes.
#
#   frost examples/fork_pipe.py [WORKERS]
#
# The master builds a table once, then forks WORKERS children (default 4).
# Each child reads the inherited table (no copy: fork shares the pages),
# computes a partial sum over its slice, writes "pid sum" into its pipe and
# leaves with os._exit(0) — no atexit handlers, no interpreter shutdown
# touching the shared heap.  The master multiplexes the pipes with
# select.poll, reaps every child with os.waitpid, and checks the total.
# os.register_at_fork shows the hook order; memory.usage shows how much of a
# child is still shared with the master.
import os
import select
import sys

import memory

workers = int(sys.argv[1]) if len(sys.argv) > 1 else 4
table = [i * i for i in range(200_000)]  # built once, shared by every child

started = []
os.register_at_fork(before=lambda: print("master: forking worker", len(started) + 1),
                    after_in_parent=lambda: started.append(True))

pipes = {}  # read fd -> child pid
chunk = len(table) // workers
for n in range(workers):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(r)
        lo = n * chunk
        hi = len(table) if n == workers - 1 else lo + chunk
        usage = memory.usage()
        shared = usage["shared_clean"] + usage["shared_dirty"]
        report = "%d %d %d %d\n" % (os.getpid(), sum(table[lo:hi]), shared, usage["uss"])
        os.write(w, report.encode())
        os.close(w)
        os._exit(0)
    os.close(w)
    pipes[r] = pid

poller = select.poll()
for fd in pipes:
    poller.register(fd, select.POLLIN)
buffers = {fd: b"" for fd in pipes}
total = 0
while pipes:
    for fd, events in poller.poll():
        data = os.read(fd, 4096)
        if data:
            buffers[fd] += data
            continue
        # end of file: the child wrote its report and exited
        poller.unregister(fd)
        os.close(fd)
        pid = pipes.pop(fd)
        child_pid, part, shared, uss = (int(x) for x in buffers.pop(fd).split())
        _, status = os.waitpid(pid, 0)
        total += part
        print("worker %d: sum=%d shared=%d KiB private=%d KiB exit=%d"
              % (child_pid, part, shared // 1024, uss // 1024, os.waitstatus_to_exitcode(status)))

print("master: %d workers started" % len(started))
print("total:", total, "ok" if total == sum(table) else "MISMATCH")
