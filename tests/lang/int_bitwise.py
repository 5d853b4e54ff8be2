# Bitwise operators on positive and negative ints, shifts, bit_length.
vals = [0, 1, 5, -1, -6, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals[:6]:
    print(a, ~a, a & 12, a | 12, a ^ 12, a << 3, a >> 1)
print(-1 & 0xFF, -256 & 0xFFFF, -1 ^ 0xF, -8 | 3)
print(2 ** 70 & -1, (-(2 ** 70) + 3) & 0xFFFF, -(2 ** 70) >> 68)
print(-1 >> 100, 1 >> 100, -5 >> 1, -5 // 2)
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -256, 2 ** 100, -(2 ** 100)]:
    print(n, n.bit_length())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0001
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
# Count bits set by hand
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
