# Decorators with arguments and stacked decorators: application order.
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def ping(x):
    return f"ping {x}"
print(ping(1))
def tag(name):
    def decorate(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"), text.__name__)
def validate(**types):
    def decorate(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return decorate
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="Al", age=30))
try:
    person(name="Al", age="old")
except TypeError as e:
    print("TypeError:", e)
def retry(attempts, on=(ValueError,)):
    def decorate(fn):
        def wrapper(*a):
            last = None
            for i in range(attempts):
                try:
                    return fn(*a)
                except on as e:
                    last = e
                    print(f"  attempt {i + 1} failed: {e}")
            raise RuntimeError(f"gave up after {attempts}") from last
        return wrapper
    return decorate
state = {"n": 0}
@retry(3)
def unstable():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return "ok on try " + str(state["n"])
print(unstable())
@retry(2)
def always_fails():
    raise ValueError("nope")
try:
    always_fails()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
order = []
def d1(f):
    order.append("d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    order.append("d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base(), order)
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix(">> ")
@prefix("# ")
def line(s):
    return s
print(line("comment"))
decorators = [prefix("a"), prefix("b")]
@decorators[1]
def indexed():
    return "!"
print(indexed())
