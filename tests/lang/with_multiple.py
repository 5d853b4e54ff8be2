# Several context managers in one with statement; nested with; exit order.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        if self.fail_enter:
            print("enter fails", self.name)
            raise RuntimeError("enter " + self.name)
        print("enter", self.name)
        return self.name
    def __exit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else "-")
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
try:
    with CM("a"), CM("b"), CM("c"):
        raise KeyError("k")
except KeyError:
    print("caught after all exits")
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("v")
print("outer suppressed the exception after inner saw it")
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("unreachable")
except RuntimeError as e:
    print("caught", e)
with CM("x") as x:
    with CM("y") as y:
        print("nested", x + y)
with (CM("p") as p, CM("q") as q):
    print("parenthesized", p, q)
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *a):
        Indent.level -= 1
    def say(self, text):
        print("  " * Indent.level + text)
with Indent() as i:
    i.say("one")
    with Indent():
        i.say("two")
        with Indent():
            i.say("three")
    i.say("back to one")
print(Indent.level)
