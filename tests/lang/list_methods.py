# list methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "very first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count("zz"))
print(a.index(1, 3) if 1 in a[3:] else "not after 3")
try:
    a.index(1, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
c = nums.copy()
c.append(100)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
print(nums.append(0), nums.sort(), nums.reverse(), nums.extend([]), nums.insert(0, 0), nums.clear(), nums)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1], reverse=True)
print(words)
m = [[1, 2], [3]]
shallow = m.copy()
shallow[0].append(99)
print(m, shallow[0] is m[0])
print([1, 2] * 3, 2 * [0], [] * 5, [[]] * 2, [1, 2] + [3], [1] * 0)
lst = [1, 2, 3]
lst += (4, 5)
print(lst)
try:
    lst + (6,)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list(x for x in [1]))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print("balanced" if not stack else "unbalanced")
print(len([None] * 1000), [0] * 3 == [0, 0, 0], list(reversed([1, 2, 3])))
