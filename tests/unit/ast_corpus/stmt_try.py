try:
    a
except:
    b
try:
    a
except E:
    b
except (A, B) as e:
    c
else:
    d
finally:
    f
try:
    a
finally:
    b
try:
    pass
except E as e:
    raise X from e
