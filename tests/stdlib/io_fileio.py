# io.FileIO constructed directly, subclassed, and open(..., buffering=0).
import io
try:
    from os import getpid, remove
    TAG = str(getpid())
except ImportError:
    remove = None
    TAG = "%x" % id(object())
p = "/tmp/frost_test_io_fileio_" + TAG + ".bin"

f = io.FileIO(p, "w")
print(type(f).__name__, f.mode, f.write(b"hello"), f.closefd, f.writable(), f.readable())
f.close()
f = io.FileIO(p)
print(f.mode, f.read(), f.name == p, f.read())
f.close()
with io.FileIO(p, "a") as f:
    print(f.mode, f.write(b" world"))
with io.FileIO(p, "r+") as f:
    print(f.mode, f.read(5), f.seek(0), f.write(b"J"), f.tell())
class MyFile(io.FileIO):
    def describe(self):
        return "MyFile(%s)" % self.mode
m = MyFile(p, "rb")
print(type(m).__name__, m.describe(), m.read(), isinstance(m, io.RawIOBase))
m.close()
for args in [(p, "rt"), (p, "q"), (p, "rw"), (p, "r++"), (p, "b"), (p, "rbb")]:
    try:
        io.FileIO(*args)
    except ValueError as e:
        print("ValueError", e)
if remove:
    remove(p)
