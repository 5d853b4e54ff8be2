def f():
    return 1, 2
def g():
    return *a, b
def h():
    yield 1, 2
    yield *a, b
    x = yield a, b
    await_ = (yield)
