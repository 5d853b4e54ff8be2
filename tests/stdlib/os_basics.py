# os: names and constants, process ids, urandom, strerror, cpu_count, the
# wait-status macros, fspath, and argument errors with CPython's messages.
import os

print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep)
print(os.error is OSError, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_TRUNC, os.O_APPEND)
print(os.WNOHANG, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), os.getuid() >= 0, os.getgid() >= 0)
print(type(os.getpid()).__name__, os.geteuid() == os.getuid() or True, os.getpgrp() > 0)
n = os.cpu_count()
print(n is None or n >= 1)
r = os.urandom(32)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(16) != os.urandom(16))
print(os.strerror(2), os.strerror(13), os.strerror(0))
print(os.WIFEXITED(0), os.WEXITSTATUS(0), os.WEXITSTATUS(3 << 8), os.WIFEXITED(3 << 8))
print(os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSIGNALED(0), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f))
print(os.waitstatus_to_exitcode(5 << 8), os.waitstatus_to_exitcode(15), os.WCOREDUMP(0x80 | 11))
print(os.WIFEXITED(status=0))
print(os.fspath("a/b"), os.fspath(b"a/b"))


class Path:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(Path("x")), os.fspath(Path(b"y")))
u = os.uname()
print(u.sysname, len(u), isinstance(u.release, str))
print(len(os.getloadavg()))


def check(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: os.getpid(1))
check(lambda: os.kill())
check(lambda: os.kill(1))
check(lambda: os.kill("a", 1))
check(lambda: os.kill(1.5, 1))
check(lambda: os.urandom(-1))
check(lambda: os.urandom("a"))
check(lambda: os.strerror("a"))
check(lambda: os.waitpid())
check(lambda: os.WIFEXITED("a"))
check(lambda: os.cpu_count(1))
check(lambda: os.fspath(1))
check(lambda: os.fspath(Path(3)))
check(lambda: os._exit())
check(lambda: os._exit("a"))
check(lambda: os.pipe(1))
check(lambda: os.getcwd(1))
check(lambda: os.waitstatus_to_exitcode(0x137f))
check(lambda: os.register_at_fork())
check(lambda: os.register_at_fork(before=1))
check(lambda: os.register_at_fork(lambda: 0))
check(lambda: os.register_at_fork(after_in_child=None))
check(lambda: os.kill(os.getpid(), 99999))
