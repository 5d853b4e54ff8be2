# getattr/setattr/hasattr/delattr, callable, vars, dir on user classes, type(name, bases, dict).
class Config:
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
for name in ["debug", "level", "missing", "__init__"]:
    print(name, hasattr(c, name), getattr(c, name, "<none>") if name != "__init__" else callable(getattr(c, name)))
setattr(c, "level", 5)
setattr(Config, "debug", True)
print(c.level, c.debug, Config().debug)
settings = {"host": "localhost", "port": 8080, "level": 3}
for k, v in settings.items():
    setattr(c, k, v)
print(sorted(vars(c).items()))
delattr(c, "host")
print(hasattr(c, "host"), sorted(vars(c)))
print([n for n in dir(c) if not n.startswith("_")])
Dyn = type("Dyn", (Config,), {"extra": 42, "hello": lambda self: f"hi from {type(self).__name__}"})
d = Dyn()
print(Dyn.__name__, d.extra, d.hello(), d.level, isinstance(d, Config), [k.__name__ for k in Dyn.__mro__])
print(callable(Dyn), callable(d), callable(d.hello), callable(getattr(d, "extra")))
def apply_ops(obj, ops):
    for op, name, *val in ops:
        if op == "set":
            setattr(obj, name, val[0])
        elif op == "del":
            if hasattr(obj, name):
                delattr(obj, name)
        elif op == "get":
            print("  get", name, "=", getattr(obj, name, None))
apply_ops(c, [("set", "x", 1), ("get", "x"), ("del", "x"), ("get", "x"), ("del", "never"), ("get", "port")])
method_name = "upper"
print(getattr("shout", method_name)(), getattr([3, 1, 2], "index")(2))
class Handler:
    def on_start(self):
        return "starting"
    def on_stop(self):
        return "stopping"
    def dispatch(self, event):
        fn = getattr(self, "on_" + event, None)
        return fn() if fn else f"no handler for {event}"
h = Handler()
print([h.dispatch(e) for e in ["start", "stop", "pause"]])
print(vars(Config)["debug"], "level" in vars(c), type(vars(c)).__name__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
