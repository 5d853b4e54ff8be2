@d
def f():
    pass
@a.b.c
@d(1, 2)
@e[0]
def g():
    pass
@d
class C:
    pass
@(lambda f: f)
def h(): pass
