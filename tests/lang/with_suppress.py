# __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with Suppress(LookupError) as s:
    [][0]
print("subclass suppressed:", type(s.caught).__name__)
def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through after suppression"
print(f())
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError("gone")
print("suppressed by truthy non-bool")
class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is ValueError:
            raise TypeError("replaced") from exc
try:
    with Replacer():
        raise ValueError("orig")
except TypeError as e:
    print(e, "from", repr(e.__cause__))
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
            return True
        print("committed")
store = {"x": 1}
with Transaction(store) as s:
    s["x"] = 2
with Transaction(store) as s:
    s["x"] = 99
    s["y"] = 1
    raise RuntimeError("failure")
print(store)
