# Decorators without arguments: wrapping, preserving name by hand, class decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@shout
def greet(name):
    """Greets."""
    return "hello " + name
print(greet("ann"), greet.__name__, greet.__doc__)
call_log = []
def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    return a + b
print(add(1, 2), add(5, b=1), call_log)
print(add.__name__)
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(7):
    noop()
print("calls:", noop.calls)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def cmd_start():
    return "starting"
@register
def cmd_stop():
    return "stopping"
print(sorted(registry), registry["cmd_stop"](), cmd_start())
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"), [Point(0, 0)])
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
print(Config(1).value, Config(2).value, Config(3) is Config(4))
def trace_method(fn):
    def wrapper(self, *args):
        result = fn(self, *args)
        print(f"  {type(self).__name__}.{fn.__name__}{args} -> {result}")
        return result
    return wrapper
class Calc:
    @trace_method
    def mul(self, a, b):
        return a * b
Calc().mul(6, 7)
