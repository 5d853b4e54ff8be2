# Floor division, modulo and divmod follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 5), (-5, 5), (1, 3), (-1, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))

big = 10 ** 30 + 7
for d in (3, -3, 10 ** 15, -(10 ** 15)):
    print(divmod(big, d), divmod(-big, d))

# Invariant: a == (a // b) * b + a % b
ok = True
for a in range(-20, 21):
    for b in list(range(-6, 0)) + list(range(1, 7)):
        if (a // b) * b + a % b != a:
            ok = False
print("invariant holds:", ok)

for a, b in [(1, 0), (0, 0), (10 ** 30, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)

try:
    1 / 0
except ZeroDivisionError as e:
    print("true division:", e)

print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(2 ** 100 / 2 ** 98)
print(-(-7 // 2), -7 // 2)
x = 17
x //= 5
print(x)
x %= 2
print(x)
