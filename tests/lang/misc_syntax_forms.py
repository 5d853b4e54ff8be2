# Less common syntax: semicolons, one-line suites, line continuations, comments, pass, Ellipsis.
x = 1; y = 2; z = x + y
print(x, y, z)
if z > 2: print("one-line if")
for i in range(3): print(i, end=" ")
print()
while x < 4: x += 1
print(x)
def one_liner(): return "one line def"
class OneLine: attr = "one line class"
print(one_liner(), OneLine.attr)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # a comment inside brackets
    3,
]
print(items)
result = (1
          + 2
          * 3)
print(result)
def stub():
    pass
class Empty:
    ...
print(stub(), Empty.__name__, ..., Ellipsis is ..., type(...).__name__)
def todo():
    ...
print(todo())
if True:
    pass
elif False:
    pass
else:
    pass
s = 'single' + "double" + '''triple''' + """triple double"""
print(s)
n = 1_000_000 + 0x_FF + 0o_17 + 0b_11
print(n)
a = b = c = "chained"
print(a, b, c)
print(1 if x else 2, [x for x in (1, 2)], {"k": (lambda: "v")()}["k"])
print(((((("deep parens"))))))
print(-1, - 1, +1, not 0, ~0)
del a, b
print("c" in dir(), "a" in dir())
def f(a, b,
      c=3,
      *args,
      **kwargs,):
    return a + b + c
print(f(1, 2,))
