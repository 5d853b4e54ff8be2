# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first n with n*n > 50:", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        break
else:
    print("no break")
print("k =", k)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)], max(range(1, 1000), key=collatz))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(99), isqrt(100))
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end="; ")
        inner += 1
    outer += 1
print()
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print("depth", depth)
