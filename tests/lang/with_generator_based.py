# A hand-written @contextmanager: a decorator turning a generator into a context manager class.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
with tag("html") as t:
    with tag("body"):
        print("  content", t)
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("  suppressed", repr(e))
with suppress(KeyError, IndexError):
    [][1]
print("continues after suppression")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback ({e})")
        raise
events = []
with transaction(events):
    events.append("work")
try:
    with transaction(events):
        events.append("bad work")
        raise ValueError("oops")
except ValueError:
    pass
print(events)
@contextmanager
def counter():
    state = {"n": 0}
    try:
        yield state
    finally:
        print("  final count", state["n"])
with counter() as c:
    for _ in range(5):
        c["n"] += 1
