# super(): zero-argument and explicit forms, in methods, classmethods and properties.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def describe(self):
        return f"{self.owner}: {self.balance}"
    @classmethod
    def create(cls, owner):
        return cls(owner, 100)
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def describe(self):
        return super().describe() + f" @ {self.rate:.0%}"
    @classmethod
    def create(cls, owner):
        acct = super().create(owner)
        acct.rate = 0.05
        return acct
s = Savings("ann", 50)
print(s.describe(), Savings.create("bob").describe(), type(Savings.create("c")).__name__)
class Explicit(Account):
    def describe(self):
        return "explicit " + super(Explicit, self).describe()
print(Explicit("e", 1).describe())
class Grand:
    def name(self):
        return "grand"
class Parent(Grand):
    def name(self):
        return "parent"
class Child(Parent):
    def name(self):
        return "child"
    def skip(self):
        return super(Parent, self).name()
print(Child().name(), Child().skip())
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
class Logged(Temperature):
    @property
    def celsius(self):
        return f"logged {super().celsius}"
print(Logged().celsius)
class ListWithLog(list):
    def append(self, item):
        print("  appending", item)
        super().append(item)
lw = ListWithLog([1])
lw.append(2)
print(lw, len(lw), isinstance(lw, list))
class CountingDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
cd = CountingDict()
cd["a"] = 1
print(cd, cd["a"])
class StrRepr:
    def __repr__(self):
        return "StrRepr<" + super().__repr__()[:0] + ">"
print(repr(StrRepr()))
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
