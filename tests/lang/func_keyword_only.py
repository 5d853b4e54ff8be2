# Keyword-only parameters after * or *args, and positional-only parameters before /.
def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"
print(connect("a"), connect("b", 443, secure=True), connect("c", timeout=1))
try:
    connect("d", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def required_kw(*, name):
    return name
print(required_kw(name="x"))
try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw("x")
except TypeError as e:
    print(type(e).__name__, e)
def log(*messages, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(messages)
print(log("a", "b"), log("x", level="WARN"), log("p", "q", sep="|"))
def posonly(a, b, /, c, *, d):
    return (a, b, c, d)
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def name_clash(name, /, **kw):
    return name, kw
print(name_clash("pos", name="kw"))
def all_kinds(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(all_kinds(1, d=4))
print(all_kinds(1, 20, 30, 40, 50, d=4, z=9))
print(connect.__kwdefaults__, all_kinds.__defaults__)
