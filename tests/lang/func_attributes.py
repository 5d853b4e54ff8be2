# Function objects: __name__, __doc__, __qualname__, attributes, identity.
def documented(x):
    """Return x doubled.

    More text here."""
    return 2 * x
def undocumented():
    pass
print(documented.__name__, repr(documented.__doc__.splitlines()[0]), undocumented.__doc__)
print(documented.__qualname__, type(documented).__name__, callable(documented))
class Outer:
    def method(self):
        """Method doc."""
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__name__, Outer.method.__qualname__, Outer.method.__doc__)
print(Outer().method().__qualname__, Outer.Nested.deep.__qualname__, Outer.Nested.__qualname__)
documented.custom = "attached"
documented.calls = 0
documented.calls += 1
print(documented.custom, documented.calls)
alias = documented
print(alias.__name__, alias is documented, alias(21))
def rename_me():
    return 1
rename_me.__name__ = "renamed"
print(rename_me.__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def make():
    def local_fn():
        pass
    return local_fn
print(make().__qualname__, make() is make(), make().__name__ == make().__name__)
print(documented.__module__, sorted(k for k in documented.__dict__))
