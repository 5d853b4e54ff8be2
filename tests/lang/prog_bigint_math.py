# Big-integer number theory: digits of pi and e by integer arithmetic, Catalan numbers, primality.
def pi_digits(n):
    """Machin's formula with fixed-point big integers."""
    scale = 10 ** (n + 10)
    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)
p = pi_digits(100)
print(p[0] + "." + p[1:])
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)
e = e_digits(60)
print(e[0] + "." + e[1:])
def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c
print([catalan(i) for i in range(12)], catalan(100))
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(90, 130) if is_probable_prime(n)])
m127 = 2 ** 127 - 1
print(is_probable_prime(m127), is_probable_prime(m127 + 2), is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 67 - 1))
def digit_sum(n):
    return sum(int(c) for c in str(n))
f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f), digit_sum(2 ** 1000), len(str(3 ** 1000)))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(2 ** 64 + 13, 10 ** 18 + 9)
print(g, (2 ** 64 + 13) * x + (10 ** 18 + 9) * y == g)
print(pow(3, -1, 10 ** 9 + 7), 3 * pow(3, -1, 10 ** 9 + 7) % (10 ** 9 + 7))
print(int("1" * 60) // int("1" * 30), (10 ** 50 + 1) % 97, -(10 ** 50) // 7, -(10 ** 50) % 7)
