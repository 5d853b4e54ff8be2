# bytearray mutation, bytes/bytearray interplay, hex and codecs round trips.
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"there"
print(ba, len(ba))
ba[5:6] = b", "
del ba[-1]
ba += b"e!"
print(ba, ba.find(b"there"), ba.count(b"e"), ba.upper(), bytes(ba))
ba.extend(range(48, 51))
ba.append(0x41)
ba.insert(0, 0x3E)
print(ba, ba.pop(), ba.pop(0), ba.remove(0x30), ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::3]
print(ba, ba.hex(), ba.hex("-", 2))
ba.clear()
print(ba, len(ba), bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"b") > b"a")
x = bytearray(b"ab")
x *= 3
print(x, x * 2, 2 * x, x + b"!", b"!" + x, type(b"!" + x).__name__)
for encoding in ["utf-8", "latin-1", "ascii"]:
    for text in ["plain", "café", "中文"]:
        try:
            data = text.encode(encoding)
            print(encoding, text, data, data.decode(encoding) == text, len(data))
        except UnicodeEncodeError as e:
            print(encoding, text, "UnicodeEncodeError:", e)
raw = bytes(range(0, 256, 17))
print(raw, raw.hex(), bytes.fromhex(raw.hex()) == raw, list(raw[:4]), raw[-1])
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "backslashreplace"),
      b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    b"\xc3\x28".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "snowman \u2603".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"%s:%d:%05.1f:%x:%c" % (b"key", 42, 3.14159, 255, 65))
print(b" GET /path HTTP/1.1 ".strip().split(b" ", 1), b"k=v&x=y".split(b"&"), b"a\r\nb\nc".splitlines())
