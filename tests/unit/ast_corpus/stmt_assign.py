a = 1
a = b = c
a, b = c
(a, b) = c
[a, b] = c
a, *b = c
*a, b = c
a, (b, c) = d
a[0] = b.c = d
x = yield
x = y, z
(a) = 1
