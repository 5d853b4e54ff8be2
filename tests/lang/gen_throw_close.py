# Generator throw() and close(): exceptions thrown in at the yield point, GeneratorExit.
def worker():
    while True:
        try:
            x = yield
            print("  work on", x)
        except ValueError as e:
            print("  recovered from", e)
            yield "recovered"
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated out of generator:", repr(e))
print(next(w, "generator is finished"))
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally on close")
c = closable()
print(next(c))
c.close()
print(next(c, "closed"))
c.close()
def not_started():
    print("  never printed")
    yield
ns = not_started()
ns.close()
print("closing an unstarted generator runs nothing")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored close"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("throw into unstarted generator:", e)
def catch_and_return():
    try:
        yield 1
    except ValueError:
        return "returned after throw"
cr = catch_and_return()
next(cr)
try:
    cr.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def running():
    yield 1
def gen_raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(gen_raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
