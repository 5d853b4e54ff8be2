# Converting between ints and strings: str/repr, int() of big strings, digit manipulation, bases.
for n in [0, -0, 7, -7, 10 ** 18, -(10 ** 25), 2 ** 64]:
    s = str(n)
    print(s, repr(n), int(s) == n, len(s))
print(int("000123"), int("-000"), int("+0"), int(" 42\t\n"), int("1" * 50))
print(str(123)[::-1], int(str(123)[::-1]), sum(int(d) for d in str(2 ** 100)))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n, b in [(255, 2), (255, 16), (-255, 8), (10 ** 20, 36), (0, 7)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print(format(10 ** 12, ","), format(-1234567, "_"), f"{2 ** 70:,}")
print("%d %5d %-5d| %05d %x %o" % (42, 42, 42, -42, 3054, 64))
def is_palindrome_number(n):
    s = str(n)
    return s == s[::-1]
print([n for n in range(100, 200) if is_palindrome_number(n)])
def armstrong(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)
print([n for n in range(1, 1000) if armstrong(n)])
digits = [int(c) for c in "9780306406157"]
check = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:-1]))
print("ISBN check digit ok:", (10 - check % 10) % 10 == digits[-1])
def luhn(num):
    total = 0
    for i, d in enumerate(reversed(str(num))):
        d = int(d)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
print(luhn(4539578763621486), luhn(4539578763621487), luhn(79927398713))
print(str(int("0x10", 16)), int("-0o17", 8), int("0b1_0", 2))
