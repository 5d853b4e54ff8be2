# str(), repr() and .args of exception instances with zero, one and several arguments.
for exc in [ValueError(), ValueError("msg"), ValueError(42), ValueError("a", "b"), ValueError(""),
            KeyError("key"), KeyError(3), KeyError(), KeyError("a", 1), IndexError("i"),
            TypeError(None), RuntimeError(["list"]), Exception("x", None), StopIteration(7),
            AssertionError(), NotImplementedError("todo"), ZeroDivisionError("div")]:
    print(f"{type(exc).__name__:<20} str={str(exc)!r:<18} repr={exc!r:<32} args={exc.args}")
e = ValueError("original")
e.args = ("replaced", 2)
print(str(e), repr(e))
class MyErr(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail
m = MyErr(5, detail="bad")
print(str(m), repr(m), m.args, m.code, m.detail)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
n = NoSuper(1, 2)
print(repr(str(n)), repr(n), n.args)
class Formatted(Exception):
    def __str__(self):
        return "custom: " + ", ".join(map(str, self.args))
print(str(Formatted(1, 2)), repr(Formatted(1, 2)), f"{Formatted('x')}")
try:
    raise MyErr(404)
except MyErr as err:
    print(f"caught {err} / {err!r} / code={err.code}")
errors = [ValueError("v"), KeyError("k"), TypeError("t")]
print([f"{type(x).__name__}: {x}" for x in errors])
print(isinstance(KeyError("k"), LookupError), KeyError("k") == KeyError("k"), type(KeyError("k")) is KeyError)
