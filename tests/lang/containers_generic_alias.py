# PEP 585 generics: list[int] and friends in annotations, their repr, equality and calls.
def f(x: list[int], y: dict[str, int]) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2], {}))
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], list["x"])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]), a(), a((1, 2)), a.__name__)
print(dict[str, int](a=1), f.__annotations__)
