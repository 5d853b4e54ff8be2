# str.format with positional, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = 4
p = P()
print("({0.x}, {0.y})".format(p))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:06}".format("a", "b", "c", "d", 42))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.2f}".format(1234.5))
print("{!r} {!s} {!a}".format("hi", "hi", "é"))
print("{{literal}} {}".format("x"))
print("{:d} {:5d} {:<5d}| {:+d} {:x} {:#b}".format(1, 2, 3, 4, 255, 5))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{}{}".format(*"xy"))
print(format("text", ">8"), format(3, "03"), format(True), format(None), format([1], ""))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print(type(e).__name__, repr(e))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
width = 10
print("{:>{w}}|".format("dyn", w=width), "{:{}}|".format("x", 4))
print("{0:{1}.{2}f}".format(3.14159, 8, 2))
