(a := 1)
if (n := len(a)) > 10:
    pass
while (line := read()):
    pass
print((x := 3) + x)
