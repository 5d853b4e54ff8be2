# and / or return one of their operands and short-circuit; not returns a bool.
log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 2) and t("b", 3), log)
log.clear()
print(t("a", "") or t("b", "default"), log)
log.clear()
print(t("a", "set") or t("b", "unused"), log)
log.clear()
print(t("a", None) or t("b", 0) or t("c", []), log)
log.clear()
print(t("a", 1) and t("b", 2) and t("c", 3), log)
print(1 and 2, 0 and 2, [] or {}, "x" or "y", None and crash_if_evaluated)
print(not 0, not 1, not "", not "a", not [], not None, type(not 5).__name__)
def greet(name=None):
    name = name or "stranger"
    return "hello " + name
print(greet(), greet("ann"), greet(""))
config = {"debug": 0}
level = config.get("level") or config.get("debug") or "info"
print(level)
items = []
first = items and items[0]
print(repr(first))
items = [7]
first = items and items[0]
print(first)
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
print(all([]), any([]), all([1, 2]), any([0, 0, 3]), all([1, 0]), any(x > 4 for x in [1, 5]))
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called on", self.v)
        return self.v > 0
r = Loud(1) and Loud(-1)
print(r.v)
r = Loud(-2) or Loud(3)
print(r.v)
if not Loud(0):
    print("not false")
