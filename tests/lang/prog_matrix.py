# Matrix operations on lists of lists: multiply, transpose, identity, power, determinant.
def zeros(n, m):
    return [[0] * m for _ in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def matpow(a, k):
    result = identity(len(a))
    while k:
        if k & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        k >>= 1
    return result
def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    if n == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total
def show(m, name):
    print(name + ":")
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B), "A @ B")
show(transpose(A), "A^T")
show(identity(3), "I3")
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(M) =", det(M), "det(I4) =", det(identity(4)))
print("det(4x4) =", det([[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]))
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
F = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(F, F))
n = 12
big = [[(i * n + j) % 7 for j in range(n)] for i in range(n)]
prod = matmul(big, big)
print(sum(map(sum, prod)), prod[3][4], max(max(r) for r in prod))
