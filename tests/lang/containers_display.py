# list / tuple / dict / set displays and their reprs.
print([], [1], [1, 2, 3], [[1, 2], [3]], ["a", 'b', "c'd", 'e"f'])
print((), (1,), (1, 2), ((1,), (2, 3)), tuple(), (1, "a", None, True))
print({}, {"a": 1}, {1: "one", 2: "two"}, {(1, 2): [3]}, {"nested": {"x": [1, {"y": 2}]}})
print(set(), {1}, {3, 1, 2}, {1, 1, 1}, frozenset(), frozenset({2, 1}), {-1, -5, 10, 7})
print(len([1, [2, 3]]), len(()), len({1: 2, 3: 4}), len({1, 2, 2}))
t = 1, 2, 3
print(t, type(t).__name__)
x = 1,
print(x, len(x))
print([1, 2, 3,], {"a": 1,}, {1, 2,})
print({"a": 1, "a": 2}, {1: "int", 1.0: "float", True: "bool"})
print([1, 2] + [3], (1,) + (2,), [0] * 3, (0, 1) * 2, [[0] * 2] * 2)
d = {"b": 2, "a": 1, "c": 3}
print(list(d), list(d.values()), list(d.items()))
print({10, 20, 3, 4, 100, 1000}, {0, 8, 16, 1}, set(range(10, 0, -1)))
l = [1, 2]
l.append(l)
print(l)
d2 = {"self": None}
d2["self"] = d2
print(d2)
print(repr([1.5, "x", None, (1,), b"b"]), str(["x"]))
print(list(range(5)), tuple(range(3)), set([3, 3, 2]), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
print(list("abc"), list({"x": 1}), list((1, 2)), tuple([1, [2]]))
