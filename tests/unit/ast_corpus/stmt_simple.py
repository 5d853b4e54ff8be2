pass
del a
del a, b
del a[0], a.b
del (a, b)
del [a, b]
assert x
assert x, 'msg'
raise
raise E
raise E from e
raise E(1) from None
global g
nonlocal n
a; b; c
x = 1;
