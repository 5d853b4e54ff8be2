# str subclasses, reflected operators with str, __format__/__str__/__bytes__
# hooks, and hashing/equality of strs used as keys.
class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("frost")
print(n, repr(n), type(n).__name__, n.shout(), len(n), n[1:3], type(n[1:3]).__name__)
print(n == "frost", "frost" == n, hash(n) == hash("frost"), {n: 1}["frost"], n in {"frost"})
print(type(str(n)).__name__, type(n + "x").__name__, type(n * 2).__name__, n.startswith("fr"))
print(isinstance(n, str), issubclass(Name, str), str.upper(n), "%s|%r" % (n, n), f"{n:>7}|")

class Loud(str):
    def __str__(self):
        return "LOUD"
print(str(Loud("quiet")), Loud("quiet") + "!", f"{Loud('q')}")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        return f"{other}{self.cents / 100:.2f}"
    def __rmul__(self, other):
        return f"{other}x{self.cents}"
    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f") + " EUR"
    def __rmod__(self, other):
        return "rmod:" + other
print("total: " + Money(1234), "ab" * Money(3), f"{Money(5)}", f"{Money(50):>8.1f}")
print("{} and {:.3f}".format(Money(1), Money(2)))

class Plain:
    pass
try:
    "a" + Plain()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * Plain()
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3
print("ab" * Idx(), "abcdef"[Idx()], "abcdef"[Idx():], b"xyz"[Idx() - 1] if False else "ok")

class B:
    def __bytes__(self):
        return b"raw"
print(bytes(B()), b"%s" % B())

words = ["pear", "Apple", "fig", "apple", "Éclair", "zebra"]
print(sorted(words), sorted(words, key=str.casefold), max(words, key=len))
d = {}
for w in words:
    d.setdefault(w.lower()[0], []).append(w)
print(d)
s = "".join(chr(c) for c in range(0x41, 0x41 + 10))
print(s, s.lower(), s[::3], s.find("E"), "|".join(s))
print(len({"a" * 3, "aa" + "a", "a" + "aa"}), "abc"[:] == "abc")
