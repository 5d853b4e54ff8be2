# Multiple inheritance: C3 linearisation, diamonds, cooperative super().
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print([k.__name__ for k in D.__mro__], D().hello())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().hello())
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class K1(F, G, H): pass
class K2(I, G): pass
class K3(I, H): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.trail.append("Left")
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.trail.append("Right")
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Both")
b = Both(left=1, right=2)
print(b.trail, b.left, b.right)
class Mixin:
    def to_dict(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
class Named:
    def __init__(self, name):
        self.name = name
        self._secret = 1
class Record(Mixin, Named):
    pass
print(Record("r").to_dict(), [k.__name__ for k in Record.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, "MRO" in str(e))
class X:
    attr = "X"
class Y:
    attr = "Y"
class XY(X, Y):
    pass
class YX(Y, X):
    pass
print(XY.attr, YX.attr, XY.__bases__ == (X, Y))
print(issubclass(D, (C, int)), isinstance(D(), B), [c.__name__ for c in D.__bases__])
