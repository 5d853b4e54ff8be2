# Text files: universal newlines on read, the newline argument, encodings and
# error handlers, and text that straddles buffer boundaries (tiny buffers).
try:
    from os import getpid, remove
    TAG = str(getpid())
except ImportError:
    remove = None
    TAG = "%x" % id(object())
path = "/tmp/frost_test_io_text_newlines_" + TAG + ".txt"

raw = b"one\r\ntwo\rthree\nfour\r\n\r\nlast\r"
with open(path, "wb") as f:
    f.write(raw)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), list(f))
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.readline()), f.tell())
with open(path, buffering=4) as f:
    print([f.readline() for _ in range(7)])
with open(path, buffering=5) as f:
    print([f.read(3) for _ in range(9)])

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(path, "rb") as f:
        print(repr(nl), f.read())

text = "héllo wörld — ünïcödé ✓ 𝄞 end\n" * 40
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
for size in [2, 3, 7, 64]:
    with open(path, encoding="utf8", buffering=size) as f:
        parts = []
        while True:
            p = f.read(5)
            if not p:
                break
            parts.append(p)
    print(size, len(parts), "".join(parts) == text, max(len(p) for p in parts))
with open(path, encoding="utf-8", buffering=3) as f:
    print(list(f) == text.splitlines(True))

with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café £5 ÿ\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.tell())
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(path, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve\n")
with open(path) as f:
    print(repr(f.read()))
try:
    open(path, encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
if remove:
    remove(path)
