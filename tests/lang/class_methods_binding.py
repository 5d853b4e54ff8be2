# Method binding: functions on classes bind, functions on instances do not; bound method objects.
class Greeter:
    greeting = "hello"
    def greet(self, name):
        return f"{self.greeting} {name}"
g = Greeter()
bound = g.greet
print(bound("ann"), Greeter.greet(g, "bob"), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(g.greet == g.greet, g.greet == Greeter().greet, Greeter.greet is Greeter.greet)
def shout(self, name):
    return f"{self.greeting.upper()} {name}!"
Greeter.shout = shout
print(g.shout("cy"), hasattr(g, "shout"))
g.whisper = lambda name: f"psst {name}"
print(g.whisper("dee"), "whisper" in vars(g))
def needs_self(self):
    return "bound"
g.plain = needs_self
try:
    g.plain()
except TypeError as e:
    print(type(e).__name__, e)
methods = [g.greet, Greeter().greet]
print([m("x") for m in methods])
g.greeting = "hi"
print(bound("eve"), "bound methods see later attribute changes")
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
f = c.inc
for _ in range(3):
    f()
print(c.n, list(map(lambda _: c.inc(), range(2))), c.n)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
b = B()
print(A.who(b), "an unbound function accepts any self")
lst = []
push = lst.append
push(1); push(2)
print(lst, push.__self__ is lst, type(push).__name__)
print(str.upper("abc"), str.join("-", ["a", "b"]), list.__len__([1, 2]), dict.get({"k": 1}, "k"))
class Chainable:
    def __init__(self):
        self.ops = []
    def __getattr__(self, name):
        def method(*args):
            self.ops.append((name, args))
            return self
        return method
ch = Chainable().select("a").where(1).limit(10)
print(ch.ops)
