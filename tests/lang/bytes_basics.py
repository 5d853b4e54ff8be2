# bytes literals, indexing (gives int), slicing, iteration, comparisons.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes(range(5)), bytes("é", "utf-8"))
print(b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz", b"" == bytes())
print(b"abc" < b"abd", b"abc" == b"abc", b"abc" != "abc", b"\x01" < b"\x01\x00")
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), br"\n", rb"raw\x00")
print([c for c in b"hi!"], sum(b"\x01\x02\x03"), max(b"azb"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"") == hash(b""), {b"k": 1}[b"k"], str(b"x"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba[1], ba[1:3])
del ba[0]
print(ba, ba.decode(), bytearray(3))
