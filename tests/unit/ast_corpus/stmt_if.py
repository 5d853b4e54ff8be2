if a:
    pass
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if a: b
if x: y; z
