while a:
    b
while a:
    break
else:
    c
for x in y:
    continue
for x, y in z:
    pass
else:
    w
for x in 1, 2:
    pass
for (a, b), c in d:
    pass
for a.b in c:
    pass
for a[0] in b:
    pass
for *a, b in c:
    pass
