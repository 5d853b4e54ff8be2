# Binary files: BufferedReader/Writer/Random and FileIO (buffering=0), their
# modes, reprs, read/read1/readline/readinto, seek/tell/truncate, and reads
# and writes interleaved on one file.
try:
    from os import getpid, remove
    TAG = str(getpid())
except ImportError:
    remove = None
    TAG = "%x" % id(object())
path = "/tmp/frost_test_io_binary_" + TAG + ".bin"

def show(f):
    print(type(f).__name__, f.mode, repr(f).replace(TAG, "TAG"))

for mode in ["wb", "rb", "ab", "r+b", "w+b", "rb+", "a+b"]:
    with open(path, mode) as f:
        show(f)
with open(path, "wb", buffering=0) as f:
    show(f)
    print(f.closefd, f.write(b"abc"), f.write(bytearray(b"def\n")))
print(repr(f).replace(TAG, "TAG"))
with open(path, "rb", buffering=0) as f:
    show(f)
    print(f.read(2), f.read(), f.read())

with open(path, "wb") as f:
    print(f.write(b"line one\nline two\n\nline four"), f.tell())
    f.writelines([b"\n", bytearray(b"five\n")])
with open(path, "rb") as f:
    print(f.readline(), f.readline(4), f.readline(), f.tell())
    print(f.readlines())
    print(f.read(), f.readline(), f.read(10))
with open(path, "rb") as f:
    print(list(f))
with open(path, "rb") as f:
    buf = bytearray(6)
    print(f.readinto(buf), buf, f.read1(3), f.read1(), f.read1())
    print(f.seek(-5, 2), f.read(), f.seek(3), f.seek(2, 1), f.read(4), f.tell())

data = bytes(range(256)) * 100
with open(path, "wb", buffering=100) as f:
    for i in range(0, len(data), 77):
        f.write(data[i:i + 77])
with open(path, "rb", buffering=64) as f:
    got = b""
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        got += chunk
print(len(got), got == data)

with open(path, "r+b") as f:
    print(f.read(4))
    f.write(b"XY")
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.read(8))
    print(f.truncate(10), f.tell())
    f.seek(0, 2)
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(path, "a+b") as f:
    f.write(b"+tail")
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(path, "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(3), f.truncate(), f.tell())
    f.seek(0)
    print(f.read())

f = open(path, "wb")
f.write(b"unflushed")
f2 = open(path, "rb")
print(f2.read())
f.flush()
print(f2.read())
f.close()
f2.close()
print(f.closed, f2.closed)
f3 = open(path, "rb")
fd = f3.fileno()
g = open(fd, "rb", closefd=False)
print(g.name == fd, g.read())
g.close()
f3.seek(0)
print(f3.read(2))
f3.close()
if remove:
    remove(path)
