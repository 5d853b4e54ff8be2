# bytes methods: decode/encode/hex/fromhex/split/join/strip/find/replace/startswith.
b = b"  key=value; other=thing  "
print(b.strip(), b.split(b";"), b.strip().split(b"; "), b.split())
print(b", ".join([b"a", b"b", b"c"]), b"".join([]))
print(b"Hello".upper(), b"Hello".lower(), b"hello world".title(), b"abc".swapcase())
print(b"deadbeef".hex() if False else b"\xde\xad\xbe\xef".hex(), bytes.fromhex("de ad be ef"), b"\x00\x01".hex())
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".index(b"b"), b"abcabc".count(b"ab"), b"abc".find(b"z"))
print(b"abcabc".replace(b"b", b"XY"), b"file.bin".endswith(b".bin"), b"GET /".startswith((b"GET", b"POST")))
print(b"a,b,,c".split(b","), b"a b  c".split(), b"line1\nline2\r\n".splitlines())
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"ABC".isupper())
print(b"xxhixx".strip(b"x"), b"hi".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"key: val".partition(b": "), b"a.b.c".rpartition(b"."))
print("héllo".encode(), "héllo".encode("utf-8").decode("utf-8"), b"caf\xc3\xa9".decode())
print(len("héllo"), len("héllo".encode()))
msg = "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n".encode("ascii")
line, _, rest = msg.partition(b"\r\n")
method, path, version = line.split(b" ")
print(method, path, version, rest.count(b"\r\n"))
headers = {}
for h in rest.split(b"\r\n"):
    if h:
        k, v = h.split(b": ", 1)
        headers[k.decode().lower()] = v.decode()
print(headers)
