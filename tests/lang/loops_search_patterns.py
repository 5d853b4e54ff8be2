# Loop patterns: breaking out of nested loops with flags, functions, for-else and exceptions.
grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
target = 7
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    if found:
        break
print("flag:", found)
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print("function:", find(grid, 7), find(grid, 10))
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            break
    else:
        continue
    print("for-else:", (r, c))
    break
class Found(Exception):
    pass
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                raise Found((r, c))
except Found as f:
    print("exception:", f.args[0])
pairs = [(a, b) for a in range(1, 10) for b in range(a, 10) if a * b == 24]
print("all pairs:", pairs, "first:", next(((a, b) for a in range(1, 10) for b in range(a, 10) if a * b == 24), None))
i = 0
attempts = []
while True:
    i += 1
    if i % 2 == 0:
        continue
    attempts.append(i)
    if len(attempts) == 5:
        break
print(attempts)
n = 0
for outer in range(3):
    for inner in range(3):
        if inner == 2:
            continue
        for deepest in range(3):
            if deepest > outer:
                break
            n += 1
print("count", n)
def first_duplicate(items):
    seen = set()
    for x in items:
        if x in seen:
            return x
        seen.add(x)
    else:
        return "no duplicates"
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate("abc"))
total, count = 0, 0
for line in ["10", "x", "20", "", "30", "stop", "40"]:
    if line == "stop":
        break
    if not line.isdigit():
        continue
    total += int(line)
    count += 1
else:
    print("never: loop was broken")
print(total, count)
