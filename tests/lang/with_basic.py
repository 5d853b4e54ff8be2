# Context managers: __enter__/__exit__ order, the as-target, exceptions passed to __exit__.
class Tracer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False
with Tracer("a") as value:
    print("body sees", value)
try:
    with Tracer("b"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated", e)
def early_return():
    with Tracer("c"):
        return "returned"
print(early_return())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop")
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *args):
        self.open = False
r = Resource()
with r as handle:
    print(handle is r, r.open)
print(r.open)
with Tracer("no-as"):
    pass
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print("not a context manager:", type(e).__name__)
