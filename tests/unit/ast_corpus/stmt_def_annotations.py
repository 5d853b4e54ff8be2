def f(x: int) -> str:
    pass
def f(x: int = 3, *args: str, y: 'a' = 1, **kw: dict) -> None:
    pass
def f(a: list[int], /, b: 'x' = None):
    return a
