# for loops over sequences and iterables, with break / continue / else.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
total = 0
for x in [1, -2, 3, -4, 5]:
    if x < 0:
        continue
    total += x
print("total", total)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for x in []:
    print("never")
else:
    print("empty loop else runs")
for i in range(5):
    pass
print("i after loop:", i)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
print(lst)
for i, (a, b) in enumerate(zip("xyz", range(10, 13))):
    print(i, a, b)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        if v == 5:
            break
        print(v, end=",")
    else:
        print(" row done", end="")
    print()
for x in range(10, 0, -3):
    print(x, end=" ")
print()
for x in (1, 2, 3):
    x = x * 100
print("loop var rebinding does not change the tuple:", x)
