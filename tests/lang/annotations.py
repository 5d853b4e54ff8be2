# Type annotations on parameters, returns and variables are accepted and do not change behaviour.
def add(a: int, b: int = 0) -> int:
    return a + b
def greet(name: str, *args: str, times: int = 1, **kw: object) -> str:
    return " ".join([f"hi {name}"] * times + list(args))
print(add(2, 3), add("a", "b"), greet("x", "y", times=2))
count: int = 5
ratio: float
names: list = ["a"]
print(count, names)
try:
    print(ratio)
except NameError as e:
    print(type(e).__name__, e)
class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
    def moved(self, dx: "int") -> "Point":
        return Point(self.x + dx, self.y)
p = Point(1).moved(2)
print(p.x, p.y, Point.y, Point.label, hasattr(Point, "x"))
print(sorted(add.__annotations__.items(), key=lambda kv: kv[0]) == [("a", int), ("b", int), ("return", int)])
def f(items: "list[int]") -> "dict[str, int]":
    return {str(i): i for i in items}
print(f([1, 2]))
lam = lambda x: x
def untyped(x, y):
    return x * y
print(untyped.__annotations__, lam(3))
