# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(3) > v(2) > v(1) > v(0), calls)
calls.clear()
print(v(1) == v(1) != v(2), calls)
x = 5
print(0 < x < 10, 0 < x > 10, 1 <= 1 <= 1, 1 < 1 <= 1, 5 == x == 5.0)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), [] < [0], (2,) > (1, 9))
print("abc" < "abd" < "b", 1 < 2.5 < 3, "a" in "abc" in "xabcx")
print(None is None is None, (None is None) is True)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} < 1)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", [1] == (1,), {} == [], None == False, 0 == False == 0.0)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} == {2, 1}, {1: 2} == {1: 2.0})
def between(lo, x, hi):
    return lo <= x < hi
print([between(0, i, 3) for i in range(-1, 5)])
