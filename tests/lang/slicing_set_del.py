# Slice assignment (changing length), extended slice assignment, slice deletion.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[-2:] = "AB"
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[::2] = [10, 30, 50]
print(a)
a[::-1] = list(range(5))
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[::-2]
print(b)
del b[100:]
print(b)
c = list(range(5))
c[1:4] = c
print(c)
d = [0] * 5
d[1::2] = ["odd", "odd"]
print(d)
e = list("hello")
e[1:4] = reversed(e[1:4])
print("".join(e))
f = [1, 2, 3]
f[5:10] = [9]
print(f)
g = [1, 2, 3, 4]
g[3:1] = ["in"]
print(g)
ba = bytearray(b"hello")
ba[0:1] = b"J"
ba[-1:] = b"y!"
print(ba)
try:
    t = (1, 2, 3)
    t[0:1] = [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
lst[0] = lst[1] = 7
print(lst)
lst[-1] = "last"
print(lst)
try:
    lst[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
