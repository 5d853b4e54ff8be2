class A:
    pass
class A(B):
    x = 1
class A(B, C):
    def m(self):
        return super().m()
class A(metaclass=M):
    pass
class A(B, *bases, metaclass=M, **kw):
    pass
class A():
    '''doc'''
    __slots__ = ()
