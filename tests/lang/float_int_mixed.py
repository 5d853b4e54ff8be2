# Mixed int/float arithmetic and comparisons, exactness at the boundaries, conversions.
print(1 + 2.0, 3 * 1.5, 7 / 7, 2 ** 0.5 * 2 ** 0.5, 10 // 3.0, 10 % 3.0, -7 // 2.0)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(float(2 ** 53 + 1), float(10 ** 22), float(123456789012345678901234567890))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), sorted([2, 1.5, 1, 0.5, True]))
print(round(7 / 2), round(-7 / 2), int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2)
print(0.1 + 0.2 != 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12, 0.5 + 0.25 == 0.75)
print(sum([1, 2.5, 3]), sum([0.1] * 3), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(3 * 0.1 == 0.3, 1.1 + 2.2, 1e-16 + 1 == 1, 1e-15 + 1 == 1)
print(divmod(7, 2.5), divmod(-7, 2.5), 7.5 // 1, -7.5 // 1, 7.5 % 1, -7.5 % 1)
print(float("0.1") * 3, 0.1 * 3 == float("0.30000000000000004"), 100 * 1.15, round(100 * 1.15))
avg = sum([90, 85, 77]) / 3
print(avg, f"{avg:.2f}", round(avg, 1), int(avg))
celsius = [-40, 0, 37, 100]
print([c * 9 / 5 + 32 for c in celsius], [round((f - 32) * 5 / 9, 2) for f in [0, 98.6, 451]])
print(True + 0.5, 2 ** -1 == 0.5, 4 ** -0.5)
