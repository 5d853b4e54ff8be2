# Dynamic programming classics: knapsack, LCS, edit distance table, coin change, LIS, matrix chain.
def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return best[-1][-1], sorted(chosen)
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and fewest[a - coin] + 1 < fewest[a]:
                fewest[a] = fewest[a - coin] + 1
    return ways[amount], fewest[amount]
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50, 100], 300))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    def paren(i, j):
        return f"M{i + 1}" if i == j else "(" + paren(i, split[i][j]) + paren(split[i][j] + 1, j) + ")"
    return cost[0][n - 1], paren(0, n - 1)
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]))
def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    dp = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                continue
            dp[r][c] = 1 if (r, c) == (0, 0) else (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]
print(count_paths(["....", ".#..", "...#", "#..."]), count_paths(["." * 10] * 10))
