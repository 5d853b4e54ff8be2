# strip family, padding, zfill, center.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("www.example.com".strip("cmowz."), "  ".strip() == "")
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
for w in [0, 3, 8, 11]:
    print("[" + "hi".center(w) + "]", "[" + "hi".ljust(w, ".") + "]", "[" + "hi".rjust(w, "*") + "]",
          "[" + "odd".center(w, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
table = [("apple", 1.5, 10), ("banana", 0.25, 200), ("cherry", 12.0, 3)]
print("Item".ljust(10) + "Price".rjust(8) + "Qty".rjust(6))
for name, price, qty in table:
    print(name.ljust(10) + f"{price:.2f}".rjust(8) + str(qty).rjust(6))
print("-" * 24)
print("TOTAL".ljust(10) + f"{sum(p * q for _, p, q in table):.2f}".rjust(14))
