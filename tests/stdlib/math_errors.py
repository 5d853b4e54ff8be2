# math: CPython's domain/range errors, type errors and argument errors.
import math

tests = ['math.sqrt(-1)', 'math.sqrt(10**400)', 'math.sqrt("4")', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)',
         'math.log(8, 1)', 'math.log(-1.5, 2)', 'math.log(2, -1)', 'math.log(1, 0)', 'math.log("x")',
         'math.log2(0)', 'math.log10(-5)', 'math.log1p(-1)', 'math.log1p(-2)', 'math.pow(0, -1)',
         'math.pow(-1, 0.5)', 'math.pow(2, 1024)', 'math.exp(1000)', 'math.exp2(2000)', 'math.expm1(1000)',
         'math.sin(math.inf)', 'math.cos(-math.inf)', 'math.tan(math.inf)', 'math.acos(2)', 'math.asin(-1.5)',
         'math.atanh(1)', 'math.atanh(-1)', 'math.acosh(0)', 'math.cosh(1000)', 'math.sinh(-1000)',
         'math.floor(math.inf)', 'math.floor(math.nan)', 'math.ceil(-math.inf)', 'math.floor("a")',
         'math.trunc("a")', 'math.trunc(math.inf)', 'math.fmod(5, 0)', 'math.fmod(math.inf, 2)',
         'math.remainder(1, 0)', 'math.ldexp(1, 1024)', 'math.ldexp(1, 2.0)', 'math.ldexp(1.5, 10**30)',
         'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(200)', 'math.gamma(-math.inf)', 'math.lgamma(0)',
         'math.lgamma(-3)', 'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])', 'math.fsum([math.nan, 1])',
         'math.fsum(["a"])', 'math.fsum(1)', 'math.hypot("a")', 'math.hypot(1, None)', 'math.dist((0,), (3, 4))',
         'math.dist(1, 2)', 'math.dist("ab", "cd")', 'math.isclose(1, 2, rel_tol=-1)',
         'math.isclose(1, 2, abs_tol=-1)', 'math.prod("ab")', 'math.prod(5)', 'math.degrees("x")',
         'math.copysign(1, "x")', 'math.isnan("x")', 'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)',
         'math.log()', 'math.log(1, 2, 3)', 'math.pow(1)', 'math.atan2(1)', 'math.hypot(x=1)', 'math.fmod(1)',
         'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.isclose(1, 2, foo=1)', 'math.prod()',
         'math.prod([1], 2)', 'math.fsum()', 'math.floor()', 'math.trunc()', 'math.modf(1, 2)', 'math.frexp()',
         'math.ldexp(1)', 'math.exp(1e308 * 10)', 'math.erf("x")']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
