# The math module: constants, rounding, roots, logs and trig with stable outputs.
import math
print(math.pi, math.e, math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.isqrt(10 ** 20 + 1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20)
print(math.gcd(48, 180), math.gcd(0, 5), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), round(math.atan2(1, 1) * 4, 12))
print(math.hypot(3, 4), math.fabs(-2), math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.pow(2, 10), math.degrees(math.pi), math.radians(180) == math.pi)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
