# yield from: delegation, return values, send/throw passthrough, recursion.
def inner():
    a = yield 1
    b = yield 2
    return f"inner got {a} and {b}"
def outer():
    result = yield from inner()
    print("  inner returned:", result)
    yield "outer done"
g = outer()
print(next(g), g.send("x"), g.send("y"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [], [[7]]])))
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t.inorder()))
def sub():
    try:
        yield "sub 1"
        yield "sub 2"
    except KeyError as e:
        yield f"sub caught {e!r}"
def delegator():
    yield from sub()
    yield "after"
d = delegator()
print(next(d), d.throw(KeyError("k")), next(d))
def counting():
    n = yield from accumulate()
    yield n
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
c = counting()
next(c)
for v in [1, 2, 3]:
    c.send(v)
print(c.send(None))
def gen_return_only():
    return 42
    yield
def get_value():
    v = yield from gen_return_only()
    yield v
print(list(get_value()))
def yf_iter():
    r = yield from [10, 20]
    yield r
print(list(yf_iter()))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")
def closing_outer():
    yield from closing_inner()
co = closing_outer()
next(co)
co.close()
print("closed delegation")
