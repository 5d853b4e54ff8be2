# list comparisons, equality, nesting, identity, aliasing and copying.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0, 2] == [1, 2.0], [[]] < [[0]])
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, c, a is b, a == c)
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print(grid_bad, grid_good)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = ["orig"]
print(mutate(orig), orig)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested[-1][-1])
print(max([3, 1, 2]), min([[2, 1], [1, 5]]), sum([[1], [2]], []), sorted([[3], [1, 2], [1]]))
lst = list(range(10))
print(lst[::-1][:3], lst[-1], lst[len(lst) // 2], list(enumerate(lst[:3])))
print([x for x in lst if x % 2] == lst[1::2], lst.index(5), 5 in lst, 50 in lst)
i = 0
while i < len(lst):
    if lst[i] % 3 == 0:
        del lst[i]
    else:
        i += 1
print(lst)
lst2 = [1, 2, 3, 4, 5, 6]
print([x for x in lst2 if x % 2 == 0], list(filter(lambda x: x > 3, lst2)))
flat = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    flat.extend(row)
print(flat)
dedup = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in dedup:
        dedup.append(x)
print(dedup, list(dict.fromkeys([3, 1, 3, 2, 1, 4])))
print(repr([]), repr([None, True, "s", 1.5, [()]]), str([1, "2"]))
try:
    [1, 2, 3][3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].remove(5)
except ValueError as e:
    print(type(e).__name__, e)
