# inf and nan behave as IEEE 754 says.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
print(nan is nan, [nan] == [nan], nan in [nan])
print(max(1.0, inf), min(-inf, 0))
print(1e308 * 10, -1e308 * 10)
print(float("nan") != float("nan"))
x = nan
print(x != x)
print(round(inf) if False else "skip")
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(f"{inf:.2f} {nan:.3f} {-inf:e}")
print(format(inf, ">8"), format(nan, "^7"))
print(-0.0, 0.0 == -0.0, str(-0.0), -0.0 + 0.0)
print(abs(-inf), abs(nan))
print(sorted([3.0, inf, -inf, 0.0, -1.5]))
