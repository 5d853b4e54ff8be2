a and b
a or b or c
not a
not not a
a and b or c and d
a < b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
not a in b
