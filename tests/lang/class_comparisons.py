# Rich comparisons, __eq__/__hash__ interplay, NotImplemented fallback, reflected comparisons.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("2.0") > Version("1.99"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0", len(set(vs)), Version("1.2") in vs)
print({Version("1.0"): "a"}[Version("1.0")])
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
try:
    p < Plain()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v}.__lt__({other.v})")
        return self.v < other.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b)
print(b > a)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__")
        return NotImplemented
print(Loud("x") == Loud("y"))
print(Loud("x") != Loud("y"))
class Always:
    def __eq__(self, other):
        return True
print(Always() == 5, 5 == Always(), [Always()] == [1], Always() in [1, 2], [1, 2].index(Always()))
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, bool(Weird() == 1))
class SubVersion(Version):
    def __eq__(self, other):
        print("  SubVersion.__eq__ tried first")
        return super().__eq__(other)
    __hash__ = Version.__hash__
print(Version("1.0") == SubVersion("1.0"))
class ExplicitNe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__ called")
        return self.v == other.v
    def __ne__(self, other):
        print("  __ne__ called")
        return "ne-result" if self.v != other.v else False
print(ExplicitNe(1) != ExplicitNe(2))
print(ExplicitNe(1) != ExplicitNe(1))
print(ExplicitNe(1) == ExplicitNe(1))
print(OnlyLt(1) != OnlyLt(1), "default __ne__ falls back to identity via __eq__")
