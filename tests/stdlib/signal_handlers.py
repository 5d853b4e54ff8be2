# signal: guest handlers run between instructions after os.kill/raise_signal,
# SIG_IGN/SIG_DFL and getsignal (CPython's SIG_DFL/SIG_IGN are IntEnum members
# equal to 0/1, so they are compared, not printed), SIGINT's default
# KeyboardInterrupt, alarm/setitimer interrupting sleep (which resumes), a
# handler's exception propagating, blocked and pending signals, the wakeup
# fd, and argument errors.
import os, signal, time
got = []
def h(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, h)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000): pass
    print('no KeyboardInterrupt')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
# alarm interrupts sleep, the handler runs, the sleep resumes
def on_alarm(s, f):
    got.append('alarm')
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
time.sleep(0.2)
print(got[-1], time.monotonic() - t0 >= 0.19)
class Boom(Exception): pass
def raiser(s, f): raise Boom('x')
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    time.sleep(2)
except Boom:
    print('Boom', time.monotonic() - t0 < 1)
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
print(signal.alarm(0) >= 0)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print('ignored', signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGINT), signal.NSIG, len(signal.valid_signals()))
print(signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print(type(e).__name__, e.errno)
r, w = os.pipe2(os.O_NONBLOCK)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, h)
os.kill(os.getpid(), signal.SIGUSR1)
print(os.read(r, 10) == bytes([signal.SIGUSR1]))
print(signal.set_wakeup_fd(-1) == w)
print(signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD, signal.SIGUSR1, signal.SIGUSR2, signal.SIGQUIT)
print(signal.SIGKILL, signal.SIGALRM, signal.SIGPIPE, signal.SIGTTIN, signal.SIGTTOU, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.default_int_handler, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError.__name__, issubclass(signal.ItimerError, OSError))
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print("SIGINT ignored")
print(signal.signal(signal.SIGINT, signal.default_int_handler) == signal.SIG_IGN)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
order = []
signal.signal(signal.SIGUSR1, lambda s, f: order.append("usr1"))
signal.signal(signal.SIGUSR2, lambda s, f: order.append("usr2"))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
print(order, sorted(int(s) for s in signal.sigpending()))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1, signal.SIGUSR2])
print(order)


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: signal.signal(0, signal.SIG_DFL))
check(lambda: signal.signal(1000, signal.SIG_DFL))
check(lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
check(lambda: signal.signal(signal.SIGUSR1, 5))
check(lambda: signal.signal(signal.SIGUSR1, "x"))
check(lambda: signal.signal("x", signal.SIG_IGN))
check(lambda: signal.signal(signal.SIGUSR1))
check(lambda: signal.getsignal(0))
check(lambda: signal.getsignal())
check(lambda: signal.strsignal(0))
check(lambda: signal.strsignal(1000))
check(lambda: signal.alarm("x"))
check(lambda: signal.raise_signal(1000))
check(lambda: signal.default_int_handler())
check(lambda: signal.getitimer(99))
check(lambda: signal.set_wakeup_fd(1000))
check(lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]))
