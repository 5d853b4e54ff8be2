# Guest streams built on the io base classes, io.TextIOWrapper over a binary
# file, and subclasses of the concrete types.
import io
try:
    from os import getpid, remove
    TAG = str(getpid())
except ImportError:
    remove = None
    TAG = "%x" % id(object())
path = "/tmp/frost_test_io_subclass_" + TAG + ".txt"

class Tee(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
t = Tee()
print("one", 2, file=t)
t.writelines(["x", "y"])
print(t.parts, t.closed, t.readable(), t.writable(), t.seekable())
with t:
    print("inside", t.closed)
print(t.closed)
try:
    t.write("after")
    print("write after close allowed:", t.parts[-1])
except ValueError as e:
    print("ValueError", e)
try:
    t.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + (n if n >= 0 else len(self.data))]
        self.pos += len(chunk)
        return chunk
src = Lines(b"first\nsecond\nthird")
print(src.readline(), list(src))
print(isinstance(src, io.IOBase), isinstance(Tee(), io.TextIOBase), issubclass(io.StringIO, io.IOBase))

with open(path, "wb") as f:
    f.write("héllo\r\nwörld\n".encode("utf-8"))
raw = open(path, "rb")
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.encoding, w.readline(), repr(w.read()), w.buffer is raw)
w.close()
print(raw.closed)
with io.TextIOWrapper(open(path, "rb"), encoding="utf-8", newline="") as w:
    print(list(w))

class Logged(io.BytesIO):
    def write(self, b):
        print("writing", b)
        return super().write(b)
lb = Logged(b"start:")
lb.seek(0, 2)
lb.write(b"more")
print(lb.getvalue())
if remove:
    remove(path)
