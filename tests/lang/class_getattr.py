# __getattr__ / __setattr__ / __delattr__ and getattr/setattr/hasattr/delattr builtins.
class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)
        self.__dict__["log"] = []
    def __getattr__(self, name):
        self.log.append(f"get {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        del self._fields[name]
r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "zzz", "default"), hasattr(r, "b"), hasattr(r, "a"))
print(r.log)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args):
                self.calls.append(name)
                return attr(*args)
            return wrapper
        return attr
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.calls is p.__dict__["calls"])
class Defaults:
    x = 1
    def __getattr__(self, name):
        return f"computed {name}"
d = Defaults()
d.y = 2
print(d.x, d.y, d.z, getattr(d, "anything"))
class Obj:
    pass
o = Obj()
setattr(o, "dynamic", 42)
setattr(o, "with space", "ok")
print(o.dynamic, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "dynamic")
print(hasattr(o, "dynamic"), getattr(o, "dynamic", None))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
for name in ["upper", "split", "nope"]:
    print(name, hasattr("s", name), getattr("abc", name, None) is not None)
print(getattr("a-b", "split")("-"), getattr(5, "bit_length")())
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
ro = ReadOnly(1)
try:
    ro.v = 2
except AttributeError as e:
    print(type(e).__name__, e, ro.v)
class Config:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        v = self._data.get(name)
        return Config(v) if isinstance(v, dict) else v
cfg = Config({"db": {"host": "localhost", "port": 5432}, "debug": True})
print(cfg.db.host, cfg.db.port, cfg.debug, cfg.missing)
