# Float arithmetic, floor division and modulo, conversions, comparisons.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (5, 2.5)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(int(3.9), int(-3.9), int(1e20), int(-0.5), int(2.0 ** 70))
print(2 ** -1, 2 ** -2, 10 ** -3, (-8) ** 2.0, 4 ** 0.5, 2.0 ** 10)
print(1.5 == 1.5, 1 == 1.0, 2 < 2.5, -1.0 < -1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(abs(-2.5), -(-2.5), +1.25)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(type(round(2.5)).__name__, round(2.567, 2), round(2.565, 2), round(1234.5678, -2), round(-1.005, 2))
print(round(0.125, 2), round(0.375, 2), round(1e20, 2))
for x in [7.0, -7.0]:
    for y in [0.0, -0.0]:
        try:
            print(x / y)
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(e.args)
x = 10.0
x += 1
x -= 0.5
x *= 2
x /= 3
x //= 2
print(x)
x = 10.0
x **= 2
x %= 7
print(x)
print(max(1, 2.5, 2), min(0.5, 1), sum([0.5, 1.5, 2]), sum([1, 2], 0.5))
print(3 * 0.1, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(float(True), 1.0 + True, 7 // 2.0, -7 // 2.0, 7 % -2.0)
