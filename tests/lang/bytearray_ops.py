# bytearray: a mutable byte sequence with list-like and bytes-like methods.
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD"
print(ba, len(ba), ba[0], ba[-1], bytes(ba[:5]))
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba, ba.find(b"WORLD"), ba.count(b"l"), b"ell" in ba, 72 in ba)
ba.reverse()
print(ba)
ba.reverse()
del ba[5:]
print(ba, ba.upper(), ba.decode(), ba.hex())
buf = bytearray()
for i in range(5):
    buf += bytes([i * 50])
print(buf, list(buf), sum(buf))
b2 = bytearray(4)
b2[1:3] = b"\xff\xfe"
print(b2, bytearray(b"abc") == b"abc", bytearray(b"a") + b"b", bytes(b2) * 2)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"x"
except TypeError as e:
    print(type(e).__name__)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
packet = bytearray()
for field in [b"GET", b"/", b"HTTP/1.0"]:
    packet += field + b" "
packet[-1:] = b"\r\n"
print(bytes(packet), packet.split(), packet.strip().decode())
checksum = 0
for byte in packet:
    checksum = (checksum + byte) & 0xFF
print(checksum, bytearray.fromhex("00ff10"), bytearray(range(3)))
