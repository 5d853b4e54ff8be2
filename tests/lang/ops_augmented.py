# Augmented assignment for every operator, on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 8; print(x)
x = 17
x //= 4; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
class Obj:
    pass
o = Obj()
o.count = 0
for _ in range(5):
    o.count += 2
print(o.count)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", []).append(1)
d["b"] += [2]
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
calls = []
def key():
    calls.append("key")
    return "k"
store = {"k": 1}
store[key()] *= 9
print(store, calls)
s = {1, 2}
s |= {3}; s &= {1, 3, 4}; s -= {4}; s ^= {5}
print(s)
f = 2.5
f **= 2; f //= 2; f %= 2
print(f)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
