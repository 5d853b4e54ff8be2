# String algorithms: run-length encoding, LZ77-style compression, base64 by hand, checksums.
def rle_encode(s):
    if not s:
        return []
    out, cur, n = [], s[0], 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append((cur, n))
            cur, n = ch, 1
    out.append((cur, n))
    return out
def rle_decode(pairs):
    return "".join(ch * n for ch, n in pairs)
s = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
enc = rle_encode(s)
print(enc, "".join(f"{n}{c}" for c, n in enc), rle_decode(enc) == s, rle_encode(""))
def lz77(data, window=32):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out
def unlz77(tokens):
    buf = []
    for t in tokens:
        if isinstance(t, tuple):
            off, ln = t
            for _ in range(ln):
                buf.append(buf[-off])
        else:
            buf.append(t)
    return "".join(buf)
text = "abracadabra abracadabra abracadabra, the magic word is abracadabra"
toks = lz77(text)
print(len(toks), toks[:14], unlz77(toks) == text)
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        pad = 3 - len(chunk)
        out.append("".join(chars[:4 - pad]) + "=" * pad)
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(ALPHABET.index(c), "06b") for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for sample in [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode()]:
    e = b64encode(sample)
    print(repr(e), b64decode(e) == sample)
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def fnv1a(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
for d in [b"", b"Wikipedia", text.encode()]:
    print(hex(adler32(d)), hex(fnv1a(d)))
