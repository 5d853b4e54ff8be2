# repr of floats is the shortest string that round-trips.
vals = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 1e-4, 0.0001234,
        1e-5, 100.0, 1e22, 1e23, 2.5, -0.0, 0.0, 3.0, 1.0 / 7, 9007199254740993.0, 5e-324,
        1.7976931348623157e308, 0.3, 1.1 * 1.1, 4.35, 2.675, 1e300 * 10]
for v in vals:
    print(repr(v), str(v))
print(float("1.5"), float("  -2.25  "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float("Infinity"), float("-iNF"), float(" 12 "), float(7), float(2 ** 60))
print(float("1_000.5"), float(".5"), float("5."))
for s in ["abc", "", "1.2.3", "1e"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print([0.1 * i for i in range(6)])
print(sum([0.1] * 10), 0.1 * 10)
print(1e16 + 1, 2.0 ** 53 + 1)
print(float(10 ** 20), float(-10 ** 16))
print(1.0, 10.0, 1e0, 12345.678)
print((0.1).hex() if hasattr(0.1, "hex") else None, float.fromhex("0x1.8p1"))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
