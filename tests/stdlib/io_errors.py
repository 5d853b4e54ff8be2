# Errors from open() and from file objects: bad modes and arguments, OS
# errors with errno and filename, closed files, unsupported operations.
import io
try:
    from os import getpid, remove
    TAG = str(getpid())
except ImportError:
    remove = None
    TAG = "%x" % id(object())
path = "/tmp/frost_test_io_errors_" + TAG + ".txt"
with open(path, "w") as f:
    f.write("data\n")

def attempt(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print(label, "->", repr(r).replace(TAG, "TAG"))
        return r
    except io.UnsupportedOperation as e:
        print(label, "UnsupportedOperation", e, isinstance(e, OSError))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(TAG, "TAG"))

for mode in ["q", "rw", "rr", "bt", "U", "+", "b", "wx", "ra", "rtb", ""]:
    attempt("mode %r" % mode, open, path, mode)
attempt("mode int", open, path, 5)
attempt("binary encoding", open, path, "rb", encoding="utf-8")
attempt("binary errors", open, path, "rb", errors="strict")
attempt("binary newline", open, path, "rb", newline="")
attempt("unbuffered text", open, path, "r", buffering=0)
attempt("bad newline", open, path, "r", newline="x")
attempt("bad encoding", open, path, "r", encoding="nope")
attempt("encoding type", open, path, "r", encoding=5)
attempt("file list", open, [], "r")
attempt("file float", open, 1.5)
attempt("null byte", open, "a\0b")
attempt("closefd path", open, path, closefd=False)
attempt("negative fd", open, -3)
attempt("missing", open, "/nonexistent/dir/file.txt")
attempt("missing w", open, "/nonexistent/dir/file.txt", "w")
attempt("directory", open, "/tmp")
attempt("directory w", open, "/tmp", "w")
try:
    open("/nonexistent_frost_file")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
try:
    open("/tmp")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)

w = open(path, "w")
for name in ["read", "readline", "readlines"]:
    attempt("w." + name, getattr(w, name))
attempt("w.write bytes", w.write, b"x")
attempt("w.write int", w.write, 3)
attempt("w.seek cur", w.seek, 1, 1)
attempt("w.seek end", w.seek, 1, 2)
attempt("w.seek whence", w.seek, 1, 3)
attempt("w.seek negative", w.seek, -1)
attempt("w.read arg", getattr, w, "nonexistent")
w.close()
r = open(path)
attempt("r.write", r.write, "x")
attempt("r.writelines", r.writelines, ["x"])
attempt("r.truncate", r.truncate)
attempt("r.read str", r.read, "x")
r.close()
for name in ["read", "readline", "write", "close", "fileno", "isatty", "readable", "writable",
             "seekable", "tell", "seek", "flush", "truncate", "__iter__", "__next__", "__enter__",
             "readlines"]:
    args = ("x",) if name == "write" else (0,) if name == "seek" else ()
    attempt("closed text." + name, getattr(r, name), *args)
attempt("closed text with", lambda: [1 for _ in r])
print(r.closed, r.name == path, r.mode)

rb = open(path, "rb")
attempt("rb.write", rb.write, b"x")
attempt("rb.truncate", rb.truncate)
attempt("rb.seek whence", rb.seek, 0, 5)
rb.close()
wb = open(path, "wb")
attempt("wb.read", wb.read)
attempt("wb.write str", wb.write, "text")
wb.close()
for name in ["read", "readline", "write", "seek", "flush", "truncate", "tell", "fileno", "readable", "writable"]:
    args = (b"x",) if name == "write" else (0,) if name == "seek" else ()
    attempt("closed rb." + name, getattr(rb, name), *args)
    attempt("closed wb." + name, getattr(wb, name), *args)
raw = open(path, "rb", buffering=0)
attempt("raw.write", raw.write, b"x")
raw.close()
attempt("closed raw.read", raw.read)
if remove:
    remove(path)
