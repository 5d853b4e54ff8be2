# The ** operator: right associativity, unary minus binding, negative and float exponents.
print(2 ** 10, 2 ** 0, 0 ** 5, (-2) ** 3, (-2) ** 4, -2 ** 4, 2 ** -2, (-2) ** -2, 10 ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1 ** 2, 3 ** 2 ** -1 if False else 4 ** 0.5, 8 ** (1 / 3))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__, type(4 ** 0.5).__name__)
print(1.5 ** 2, 2 ** 0.5, (-8.0) ** 2, 10.0 ** 3)
print(pow(2, 100) == 2 ** 100, pow(2.0, 3), pow(10, -2), pow(5, 3, 7), pow(-5, 3, 7))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 3
print(x)
x **= -1
print(x)
squares = [i ** 2 for i in range(-3, 4)]
print(squares, sum(2 ** i for i in range(10)))
def fast_pow(b, e):
    r = 1
    while e:
        if e & 1:
            r *= b
        b *= b
        e >>= 1
    return r
print(fast_pow(3, 100) == 3 ** 100, fast_pow(7, 0), fast_pow(2, 64))
print(len(str(7 ** 777)), str(7 ** 777)[:20], str(7 ** 777)[-10:])
