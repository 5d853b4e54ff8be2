# Unicode strings: length counts code points, indexing and slicing by code point.
s = "héllo wörld"
print(len(s), s[1], s[7], s[-1], s[1:4], s[::-1], s.upper())
cjk = "中文字符"
print(len(cjk), cjk[0], cjk[-1], cjk[1:3], list(cjk))
emoji = "a😀b"
print(len(emoji), emoji[1] == "\U0001F600", ord(emoji[1]), emoji[2])
mixed = "naïve café"
print(mixed.split(), mixed.title(), mixed.find("é"), mixed.index("ï"), mixed.count("a"))
print("é" == "\xe9", "é" in mixed, "Ä".lower(), "ñ".upper(), "straße".upper())
print(sorted(["é", "e", "z", "a", "É"]), "é" > "z")
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print("中".encode(), "😀".encode(), b"\xe4\xb8\xad".decode())
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(f"{'é':>5}|{'中':^5}|{'ü':<3}|")
counts = {}
for ch in "ananas à la crème":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(" ".join(w[::-1] for w in "grüße aus köln".split()))
print([c for c in "αβγδ"], "αβγ".upper(), "ΑΒΓ".lower())
