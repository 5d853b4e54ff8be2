# Classical ciphers: Caesar, ROT13, Atbash, Vigenere, rail fence, with round-trip checks.
LOWER = "abcdefghijklmnopqrstuvwxyz"
def shift_char(ch, k):
    if ch.islower():
        return LOWER[(LOWER.index(ch) + k) % 26]
    if ch.isupper():
        return LOWER[(LOWER.index(ch.lower()) + k) % 26].upper()
    return ch
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
def atbash(text):
    table = str.maketrans(LOWER + LOWER.upper(), LOWER[::-1] + LOWER[::-1].upper())
    return text.translate(table)
def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = LOWER.index(key[i % len(key)].lower())
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)
def rail_fence_decode(cipher, rails):
    pattern, r, step = [], 0, 1
    for _ in cipher:
        pattern.append(r)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    order = sorted(range(len(cipher)), key=lambda i: (pattern[i], i))
    out = [""] * len(cipher)
    for ch, idx in zip(cipher, order):
        out[idx] = ch
    return "".join(out)
msg = "Attack at Dawn! Meet me by the old Oak tree."
c3 = caesar(msg, 3)
print(c3, caesar(c3, -3) == msg)
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
print(atbash(msg), atbash(atbash(msg)) == msg)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True) == msg)
rf = rail_fence("WEAREDISCOVEREDFLEEATONCE", 3)
print(rf, rail_fence_decode(rf, 3))
def crack_caesar(cipher):
    common = "etaoinshr"
    def score(t):
        return sum(t.lower().count(c) * (9 - i) for i, c in enumerate(common))
    return max(range(26), key=lambda k: score(caesar(cipher, -k)))
secret = caesar("the quick brown fox jumps over the lazy dog and keeps running", 11)
k = crack_caesar(secret)
print(k, caesar(secret, -k))
freq = {}
for ch in msg.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
