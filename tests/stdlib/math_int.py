# math: integer functions on ints of any size.
import math

print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(100) % (10**9 + 7))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-12, 0))
print(math.gcd(2**100, 2**80 * 3), math.gcd(10**50 + 1, 10**25 + 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.comb(5, 2), math.comb(2, 5), math.comb(10, 0), math.comb(10**20, 2), math.comb(100, 50), math.comb(0, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(3, 5), math.perm(10**12, 2), math.perm(20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**1001), math.isqrt(True))
print(math.floor(2**200 + 0.5) == 2**200, math.ceil(-(2**70)), math.trunc(-(2**70)))
print(math.log(2**10000), math.log2(2**10000 + 1), math.log10(10**1000 * 7))
for t in ['math.factorial(-1)', 'math.factorial(5.0)', 'math.factorial(2**70)', 'math.factorial("a")',
          'math.comb(-1, 2)', 'math.comb(5, -2)', 'math.comb(5.0, 2)', 'math.comb(5)', 'math.perm(-5, 2)',
          'math.perm(5, -1)', 'math.perm()', 'math.isqrt(-1)', 'math.isqrt(2.0)', 'math.gcd(2.0, 4)',
          'math.gcd(1, x=2)', 'math.lcm(1.5)', 'math.factorial()', 'math.isqrt()']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()))

class Floor:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()))
