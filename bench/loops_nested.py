# Benchmark: nested while/for loops with integer arithmetic.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return sum(flags)

def triple_loop(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            k = 0
            while k < n:
                acc = (acc + i * j - k) % 1000003
                k += 3
    return acc

def collatz_max(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps, m = 0, n
        while m != 1:
            if m & 1:
                m = 3 * m + 1
            else:
                m >>= 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best

print("primes", sieve(1000000))
print("triple", triple_loop(160))
print("collatz", collatz_max(150000))
