# math: values of the functions and constants, as CPython prints them.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi))
xs = [0.0, -0.0, 0.5, 1.0, 2.0, 10.0, -3.7, 1e-10, 123456.789, 1e300]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asinh', 'atan', 'sinh', 'cosh',
             'tanh', 'fabs', 'cbrt', 'degrees', 'radians', 'erf', 'erfc']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for x in [1, 2, 10, 0.5, 1e-300, 2**100, 10**400, 3.0]:
    print('log', x if x < 1e10 else 'big', math.log(x), math.log2(x), math.log10(x), math.log(x, 3))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log10(10**500), math.log2(2**2000))
print(math.asin(0.5), math.acos(0.5), math.acosh(2), math.atanh(0.5), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.pow(float('nan'), 0),
      math.pow(1, float('nan')), math.pow(float('inf'), -1), math.pow(-float('inf'), 3), math.pow(0.5, -float('inf')))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(10**30), math.ceil(True), math.floor(1e300) == int(1e300), type(math.floor(2.0)))
print(math.fmod(-5, 3), math.fmod(5, -3), math.fmod(5.5, float('inf')), math.remainder(5, 3), math.remainder(-7, 2))
print(math.modf(-2.5), math.modf(3.0), math.modf(float('inf')), math.modf(-float('inf')))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1, -1100), math.ldexp(3, 2**70 * 0))
print(math.copysign(1, -0.0), math.copysign(-3, 1), math.copysign(2, float('-nan')) < 0 or True)
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
print(math.hypot(), math.hypot(3, 4), math.hypot(-5), math.hypot(1, 2, 3), math.hypot(1e200, 1e200),
      math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)), math.dist((1,), (1,)), math.dist((), ()))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2), math.prod(range(1, 21)),
      math.prod(['ab'], start=3) if False else math.prod([2, 'ab']))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([]), math.fsum(iter([1, 2.5])), math.fsum([math.inf, 1]), math.fsum([1e-16, 1, 1e16]))
print(math.gamma(5), math.gamma(0.5), math.gamma(-2.5), math.gamma(171.5), math.gamma(1e-30), math.gamma(-1e-30))
print(math.lgamma(100), math.lgamma(-2.5), math.lgamma(1), math.lgamma(0.5), math.lgamma(1e-30), math.lgamma(1e300))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-math.inf))
print(math.sqrt(True), math.sqrt(4), math.sqrt(2**100), math.exp(-1000), math.exp(709))
