# os.fork: the register_at_fork hooks (before: last registered first; after:
# in registration order), stdout flushed before forking so the child does not
# repeat it, exit statuses through waitpid/wait and the W* macros, a hook that
# raises (reported, fork goes on), SIGCHLD, and os._exit skipping atexit.
# Every child is reaped.
import os, sys, signal, time
events = []
os.register_at_fork(before=lambda: events.append('before1'), after_in_parent=lambda: events.append('parent1'),
                    after_in_child=lambda: events.append('child1'))
os.register_at_fork(before=lambda: events.append('before2'), after_in_parent=lambda: events.append('parent2'),
                    after_in_child=lambda: events.append('child2'))
print('unflushed line', end=' ')
sys.stdout.write('partial ')
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, repr(events).encode())
    os.close(w)
    os._exit(7)
os.close(w)
data = b''
while True:
    chunk = os.read(r, 100)
    if not chunk: break
    data += chunk
os.close(r)
wpid, status = os.waitpid(pid, 0)
print()
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print('child saw', data.decode())
print('parent saw', events)
pid = os.fork()
if pid == 0:
    time.sleep(5)
    os._exit(0)
os.kill(pid, signal.SIGTERM)
wpid, status = os.wait()
print(wpid == pid, os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM, os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    os._exit(1)
print(os.waitpid(pid, os.WNOHANG), os.waitpid(pid, 0)[0] == pid)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print('ChildProcessError', e.errno)
# a hook that raises does not stop fork
def bad(): raise RuntimeError('hook failed')
os.register_at_fork(before=bad)
sys.stderr.flush()
pid = os.fork()
if pid == 0:
    os._exit(0)
print(os.waitpid(pid, 0)[0] == pid)
# child's pending output is not duplicated
print('before fork', end='')
pid = os.fork()
if pid == 0:
    print(' child')
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print(' parent')
# SIGCHLD handler + waitpid interrupted
got = []
signal.signal(signal.SIGCHLD, lambda s, f: got.append('chld'))
pid = os.fork()
if pid == 0:
    os._exit(3)
time.sleep(0.2)
print(got, os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
# _exit skips atexit
import atexit
atexit.register(lambda: print('atexit ran'))
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
