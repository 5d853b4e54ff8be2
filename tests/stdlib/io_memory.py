# io.StringIO and io.BytesIO: write/read/getvalue, positions in characters,
# overwriting and padding, readline and iteration, newline modes, errors.
import io

s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.write("second line\n"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.readline()), s.tell(), repr(s.readline(3)), repr(s.readline()))
s.seek(0)
print(list(s), s.readlines())
s.seek(0)
print(s.readlines())
s.seek(6)
s.write("WÖ")
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1), s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
for args in [(1, 1), (1, 2), (-1,), (0, 3)]:
    try:
        s.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: s.write(b"x"), lambda: io.StringIO(b"x"), lambda: s.truncate(-1), s.fileno]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
for name in ["read", "getvalue", "write", "tell", "readline"]:
    try:
        getattr(s, name)(*(("x",) if name == "write" else ()))
    except ValueError as e:
        print(name, e)

t = io.StringIO("initial\nvalue")
print(t.tell(), t.read(), t.getvalue())
t = io.StringIO("abc")
t.write("X")
print(t.getvalue())
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\n", newline=nl)
    print(repr(nl), repr(t.getvalue()), list(t))
with io.StringIO() as t:
    print("via print", 1, 2, sep="-", file=t)
    print("again", end="!", file=t)
    print(repr(t.getvalue()))
print(t.closed)

b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.tell(), b.readline(), b.read(), b.seek(-2, 2), b.read(), b.seek(1), b.seek(1, 1), b.tell())
print(b.seek(-10, 1), b.read(3))
b.seek(0)
print(list(b), b.getvalue())
print(b.write(b"XYZ"), b.getvalue())
b.seek(10)
b.write(b"!")
print(b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
for bad in [lambda: b.write("x"), lambda: io.BytesIO("x"), lambda: b.seek(-1), lambda: b.seek(0, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase))

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
print(repr(u.getvalue()))
