# A sudoku solver: constraint propagation with backtracking on a list of lists.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    return [[int(c) if c != "." else 0 for c in line] for line in text.split()]
def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = 0
def solve(grid):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        steps += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False
def valid(grid):
    rows = all(sorted(row) == list(range(1, 10)) for row in grid)
    cols = all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
    boxes = all(sorted(grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)) == list(range(1, 10))
                for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows and cols and boxes
grid = parse(PUZZLE)
print("empty cells:", sum(row.count(0) for row in grid))
print(solve(grid), "steps:", steps, "valid:", valid(grid))
for i, row in enumerate(grid):
    line = " ".join(str(v) for v in row)
    print(line[:5] + " | " + line[6:11] + " | " + line[12:])
    if i in (2, 5):
        print("-" * 6 + "+" + "-" * 7 + "+" + "-" * 6)
bad = parse(PUZZLE)
bad[0][2] = 5
print("contradiction solvable:", solve(bad))
