def f():
    pass
def f(a, b):
    return a + b
def f(a, b=1, *args, c, d=2, **kwargs):
    return
def f(a, /, b, *, c):
    pass
def f(a=1, /, b=2):
    pass
def f(*, a):
    pass
def f(**kw):
    pass
def f(*a):
    yield
    yield 1
    yield from a
    x = yield
