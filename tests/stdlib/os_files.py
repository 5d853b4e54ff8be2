# os: descriptors (open/read/write/close/dup/pipe/lseek/fstat), the file
# system (mkdir/makedirs/listdir/rename/remove/rmdir/stat/readlink), the
# errors they raise with errno and filename, and stat_result.
import os

os.umask(0o022)
base = "/tmp/frost_os_files_%d" % os.getpid()
os.mkdir(base)
print(os.path.isdir(base), sorted(os.listdir(base)))

fd = os.open(base + "/a.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
print(type(fd).__name__, fd > 2, os.get_inheritable(fd))
print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world\n")))
os.close(fd)
fd = os.open(base + "/a.txt", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 100))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
st = os.fstat(fd)
print(st.st_size, oct(st.st_mode & 0o777), os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.set_inheritable(fd2, True)
print(os.get_inheritable(fd2))
fd3 = os.dup2(fd, fd2 + 1)
print(fd3 == fd2 + 1, os.get_inheritable(fd3), os.get_inheritable(os.dup2(fd, fd3, inheritable=False)))
for f in (fd, fd2, fd3):
    os.close(f)
fd = os.open(base + "/a.txt", os.O_WRONLY | os.O_APPEND)
os.write(fd, b"more\n")
os.ftruncate(fd, 8)
os.close(fd)
with open(base + "/a.txt", "rb") as f:
    print(f.read())

st = os.stat(base + "/a.txt")
print(type(st).__name__, len(st), isinstance(st, tuple), st.st_size, st[6], st.st_size == st[6])
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10 ** 9 == st[8], int(st.st_mtime) == st[8])
print(st.st_nlink, st.st_uid == os.getuid(), st.st_blksize > 0, st.st_ino > 0)
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(os.stat(base + "/a.txt") == st, os.stat(base).st_mode & 0o170000 == 0o040000)
try:
    st.st_size = 0
except AttributeError as e:
    print("AttributeError", e)

os.makedirs(base + "/x/y/z")
os.makedirs(base + "/x/y/z", exist_ok=True)
os.makedirs(base + "/x/y/z/", exist_ok=True)
try:
    os.makedirs(base + "/x/y")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == base + "/x/y")
try:
    os.makedirs(base + "/a.txt/q", exist_ok=True)
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno, e.filename == base + "/a.txt/q")
print(sorted(os.listdir(base)), sorted(os.listdir(base + "/x")))
print(sorted(os.listdir(base.encode())))
os.rename(base + "/a.txt", base + "/b.txt")
os.replace(base + "/b.txt", base + "/c.txt")
print(sorted(os.listdir(base)))
os.symlink(base + "/c.txt", base + "/link")
print(os.readlink(base + "/link") == base + "/c.txt", os.lstat(base + "/link").st_mode & 0o170000 == 0o120000)
print(os.stat(base + "/link").st_size, os.path.islink(base + "/link"), os.path.realpath(base + "/link") == base + "/c.txt")
print(os.access(base + "/c.txt", os.R_OK), os.access(base + "/nope", os.F_OK))
os.chmod(base + "/c.txt", 0o600)
print(oct(os.stat(base + "/c.txt").st_mode & 0o777))
old = os.umask(0o022)
print(os.umask(old) == 0o022)
cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == base.encode(), sorted(os.listdir()))
os.chdir(cwd)
print(os.getcwd() == cwd)
os.unlink(base + "/link")
os.remove(base + "/c.txt")
os.rmdir(base + "/x/y/z")
os.rmdir(base + "/x/y")
os.rmdir(base + "/x")
os.rmdir(base)
print(os.path.exists(base))

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_blocking(r, False)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.write(w, b"xyz")
os.close(w)
print(os.read(r, 2), os.read(r, 2), os.read(r, 2))
os.close(r)


def check(f):
    try:
        r = f()
        print("ok", r)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == missing, e.filename2)
    except Exception as e:
        print(type(e).__name__ + ":", e)


missing = base + "/missing"
check(lambda: os.stat(missing))
check(lambda: os.lstat(missing))
check(lambda: os.open(missing, os.O_RDONLY))
check(lambda: os.listdir(missing))
check(lambda: os.remove(missing))
check(lambda: os.rmdir(missing))
check(lambda: os.chdir(missing))
check(lambda: os.mkdir("/"))
check(lambda: os.readlink("/"))
check(lambda: os.read(-1, 1))
check(lambda: os.write(-1, b"x"))
check(lambda: os.close(-1))
check(lambda: os.fstat(-1))
check(lambda: os.dup(-1))
check(lambda: os.read(0, -1))
check(lambda: os.read(1))
check(lambda: os.read("x", 1))
check(lambda: os.write(1, "text"))
check(lambda: os.stat(1.5))
check(lambda: os.stat(None))
check(lambda: os.remove(None))
check(lambda: os.remove(5))
check(lambda: os.stat("a\0b"))
check(lambda: os.listdir(5.0))
check(lambda: os.open("/tmp", "x"))
check(lambda: os.makedirs())
print(type(os.stat_result(range(10))).__name__, os.stat_result(range(10)).st_size)
