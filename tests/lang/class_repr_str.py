# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b = Both("x")
print(b, str(b), repr(b), f"{b} {b!r}", [b], (b,), {"k": b}, {b: 1} if False else "")
r = ReprOnly()
print(r, str(r), [r], f"{r}")
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at "), f"{s}")
print("%s %r" % (b, b), "{} {!r}".format(b, b), "{0!s}".format(b))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(width) for v in row) for row in self.rows)
m = Matrix([[1, 20, 3], [400, 5, 60]])
print(m)
print(repr(m))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100:,}.{c % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
for c in [0, 5, 123456789, -250]:
    print(Money(c), repr(Money(c)))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
print(Node("root", [Node(1), Node("two", [Node(3.0)])]))
class Sub(Both):
    pass
print(Sub(5), repr(Sub(5)))
print(str(Both), repr(ReprOnly).startswith("<class '__main__.ReprOnly'>"))
