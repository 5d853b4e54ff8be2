# Arbitrary-precision integers: powers, factorials, big negative numbers.

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(2 ** 200)
print(-(2 ** 200))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(factorial(50))
print(factorial(30) // factorial(28))
print(len(str(factorial(100))))
big = 123456789012345678901234567890
print(big * big)
print(big + 1, big - 1, -big)
print(big * -3)
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big == 123456789012345678901234567890, big > 10 ** 29, big < 10 ** 29)
print(10 ** 30 - 10 ** 30, type(10 ** 30 - 10 ** 30).__name__)
print((2 ** 100) >> 90, 1 << 100)
print((2 ** 100 + 5) & 0xFF, (2 ** 100) | 1)
print(-(2 ** 100) >> 3)
print(abs(-(10 ** 25)))
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 20)
# Mixing small and big ints
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
print(x % 1000000007)
print(pow(3, 200), pow(3, 200, 1000000007))
print(pow(2, -1, 7) if True else None)
# Negative big powers
print((-3) ** 41)
print((-2) ** 64)
# Comparisons between big ints and floats
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 20 < 1e21, 10 ** 20 > 1e19)
# Fibonacci past 64 bits
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(bool(10 ** 40), bool(10 ** 40 - 10 ** 40))
print(int('9' * 40) + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print(hex(-(2 ** 100)))
