# Benchmark: recursive calls. fib(27) computed repeatedly; prints a checksum.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

REPEAT = 40
total = 0
for _ in range(REPEAT):
    total += fib(27)
print("fib(27) =", fib(27), "checksum", total)
