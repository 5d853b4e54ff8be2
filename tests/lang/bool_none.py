# True, False, None: identity, arithmetic with bools, truthiness of values.
print(True, False, None, type(True).__name__, type(None).__name__)
print(True + True, True * 10, False - 1, True / 2, True == 1, False == 0, True is True)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(None is None, None == None, None is not False, None == 0, not None)
values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(bool(), int(True), str(False), repr(None), float(True))
print(sum([True, False, True, True]), [True, False].count(True), max(False, True))
def nothing():
    pass
print(nothing(), nothing() is None)
r = print("printed")
print(r)
print({True: "a", 1: "b"}, {None: 1}[None], hash(True) == hash(1))
print(True and 3, False or "x", None or 0, 0 or None)
print(str(True).lower(), True.__class__.__name__, (not 0) + (not 1))
print(-True, ~True, ~False, abs(True), True << 3)
