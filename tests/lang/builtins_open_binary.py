# open() in binary mode: bytes in and out, seek/tell, mixed modes.
path = "/tmp/frost_test_builtins_open_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\xff\xfe"))
with open(path, "rb") as f:
    blob = f.read()
print(len(blob), blob[:4], blob[-3:], type(blob).__name__)
with open(path, "rb") as f:
    head = f.read(4)
    print(head, f.tell())
    f.seek(250)
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read(1))
records = [(1, "alpha"), (2, "beta"), (300, "gamma")]
with open(path, "wb") as f:
    for num, name in records:
        encoded = name.encode()
        f.write(num.to_bytes(2, "big") + len(encoded).to_bytes(1, "big") + encoded)
parsed = []
with open(path, "rb") as f:
    buf = f.read()
i = 0
while i < len(buf):
    num = int.from_bytes(buf[i:i + 2], "big")
    ln = buf[i + 2]
    parsed.append((num, buf[i + 3:i + 3 + ln].decode()))
    i += 3 + ln
print(parsed, parsed == records)
with open(path, "wb") as f:
    f.write("text as bytes: é\n".encode("utf-8"))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.read()))
try:
    with open(path, "wb") as f:
        f.write("not bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
