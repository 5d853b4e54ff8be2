# int() parsing with bases, and hex/oct/bin formatting.
print(int("42"), int("-42"), int("  17  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("zz", 36), int("10", 36))
print(int("1_000_000"), int("0x_ff", 16))
print(int(3.9), int(-3.9), int(True), int(False))
print(int("123456789012345678901234567890"))
print(0x1F, 0o17, 0b1010, 1_000_000)
for s, base in [("x", 10), ("12a", 10), ("", 10), ("1.5", 10), ("9", 8), ("g", 16)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__)
for n in [0, 1, 255, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"), format(255, "o"))
print(f"{255:#010x} {5:b} {-5:b}")
print(int("  -0  "), int("000"), int("0", 0))
