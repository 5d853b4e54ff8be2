# PEP 475: a blocking call interrupted by a signal (SIGALRM from setitimer)
# runs the handler and is retried — os.read, socket.recv (blocking and with a
# timeout), select.select, poll.poll, epoll.poll, time.sleep, os.waitpid,
# signal.pause — and a handler's exception propagates out of the call.
# Helper children feed the pipe/socket after 0.2 s and are reaped.
import os, signal, socket, select, time
log = []
def handler(signum, frame):
    log.append(signum)
class Stop(Exception): pass
def stopper(signum, frame):
    raise Stop()

def interrupted(name, fn):
    # 1) a handler that returns: the call is retried and completes
    del log[:]
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    r = fn()
    print(name, 'retried', log == [signal.SIGALRM], r)
    # 2) a handler that raises: the exception propagates
    signal.signal(signal.SIGALRM, stopper)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        fn()
        print(name, 'no exception')
    except Stop:
        print(name, 'Stop propagated')
    signal.setitimer(signal.ITIMER_REAL, 0)

r, w = os.pipe()
def read_pipe():
    pid = os.fork()
    if pid == 0:
        time.sleep(0.2)
        os.write(w, b'data')
        os._exit(0)
    try:
        return os.read(r, 10)
    finally:
        os.waitpid(pid, 0)
interrupted('os.read', read_pipe)
print('drain', os.read(r, 10) if select.select([r], [], [], 0.5)[0] else None)

a, b = socket.socketpair()
def recv_sock():
    pid = os.fork()
    if pid == 0:
        time.sleep(0.2)
        b.send(b'sock')
        os._exit(0)
    try:
        return a.recv(10)
    finally:
        os.waitpid(pid, 0)
interrupted('recv', recv_sock)
a.settimeout(0.5)
try:
    print('drain', a.recv(10))
except socket.timeout:
    print('drain none')
a.settimeout(None)

interrupted('select', lambda: select.select([a], [], [], 0.3))
p = select.poll()
p.register(a, select.POLLIN)
interrupted('poll', lambda: p.poll(300))
ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN)
interrupted('epoll', lambda: ep.poll(0.3))
interrupted('sleep', lambda: time.sleep(0.3))
a.settimeout(0.3)
def timed_recv():
    try:
        return a.recv(1)
    except socket.timeout:
        return 'timeout'
interrupted('recv-timeout', timed_recv)
def wait_child():
    pid = os.fork()
    if pid == 0:
        time.sleep(0.2)
        os._exit(5)
    try:
        return os.WEXITSTATUS(os.waitpid(pid, 0)[1])
    except Stop:
        os.waitpid(pid, 0)
        raise
interrupted('waitpid', wait_child)
interrupted('pause', signal.pause)
ep.close()
a.close()
b.close()
