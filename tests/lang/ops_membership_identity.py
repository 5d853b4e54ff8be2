# in / not in / is / is not across container types and user classes.
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "a" in ("a", "b"), 1 in {1: "x"}, "x" in {1: "x"})
print(2 in {1, 2}, 2 in range(0, 10, 2), 3 in range(0, 10, 2), 10 in range(10), -1 in range(-5, 0))
print("ell" in "hello", "" in "", 1.0 in [1], True in [1], None in [0, False, ""])
print([1, 2] in [[1, 2], [3]], (1,) in {(1,): 0}, b"e" in b"hey")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, type(None) is type(None), type(1) is int, type(1) is not float)
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
bx = Box([1, 2])
print(2 in bx, 5 not in bx)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in Seq(), 25 in Seq())
class It:
    def __iter__(self):
        return iter("xyz")
print("y" in It(), "w" in It())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
lst = [nan]
print(nan in lst, lst.count(nan), lst.index(nan), lst == lst)
