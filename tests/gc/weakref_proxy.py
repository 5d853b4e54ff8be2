# weakref.proxy: every operation is forwarded to the referent while it lives
# (attributes, calls, operators, containers, iteration, comparison, str,
# bool), and raises ReferenceError once it died.
import weakref


def noaddr(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("0x?")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdefABCDEF":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", noaddr(repr(r)))


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def norm1(self):
        return sum(abs(x) for x in self.xs)

    def __add__(self, other):
        other = other.xs if isinstance(other, Vec) else [other] * len(self.xs)
        return Vec(*[a + b for a, b in zip(self.xs, other)])

    def __radd__(self, other):
        return self + other

    def __iadd__(self, other):
        self.xs = (self + other).xs
        return self

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.xs < other.xs

    __hash__ = None

    def __bool__(self):
        return any(self.xs)

    def __str__(self):
        return "Vec%s" % (tuple(self.xs),)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(str, self.xs))

    def __index__(self):
        return len(self.xs)

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n


v = Vec(1, -2, 3)
p = weakref.proxy(v)
print("types:", type(p).__name__, type(weakref.proxy(Counter())).__name__)
print("attributes")
print("  read:", p.xs, p.norm1())
p.extra = "set through the proxy"
print("  write:", v.extra)
del p.extra
print("  delete:", hasattr(v, "extra"))
t("  missing", lambda: p.missing)
print("  __class__ is the referent's:", p.__class__ is Vec)
print("operators")
print("  p + 1:", p + 1, " 1 + p:", 1 + p, " p + p:", p + p, " p * 2:", p * 2, " -p:", -p)
q = p
q += 10
print("  p += 10 rebinds to the result:", type(q).__name__, "referent changed:", v)
print("containers")
print("  len:", len(p), " p[0]:", p[0], " 11 in p:", 11 in p, " 99 in p:", 99 in p)
p[0] = 100
print("  after p[0] = 100:", v)
del p[0]
print("  after del p[0]:", v)
print("  iteration:", list(p), " sorted:", sorted(p))
print("comparisons and conversions")
print("  p == Vec(8, 13):", p == Vec(8, 13), " p == v:", p == v, " p != v:", p != v, " p < Vec(9):", p < Vec(9))
print("  bool:", bool(p), " str:", str(p), " int:", int(p), " float:", float(p), " index:", [0, 1, 2, 3][p])
t("  hash", lambda: hash(p))
t("  repr", lambda: repr(p))
print("callable proxies")
c = Counter()
cp = weakref.proxy(c)
it = Counter()
print("  call:", cp(), cp(5), " iterator:", [x for x in weakref.proxy(it)])
t("  calling a non-callable proxy", lambda: p())


class NotIter:
    pass


ni = NotIter()
t("  next() on a non-iterator", lambda: next(weakref.proxy(ni)))
print("sharing and counting")
print("  same proxy:", weakref.proxy(v) is p, " with a callback:", weakref.proxy(v, print) is p)
t("  proxy of a proxy", lambda: weakref.proxy(p))
t("  ProxyType()", lambda: weakref.ProxyType(v))
t("  proxy()", lambda: weakref.proxy())
t("  proxy(v, None, 1)", lambda: weakref.proxy(v, None, 1))
t("  proxy(v, callback=None)", lambda: weakref.proxy(v, callback=None))
t("  proxy([])", lambda: weakref.proxy([]))
print("after the referent died")
del v, q
for label, f in [("attribute", lambda: p.xs), ("call", lambda: cp.n if False else p.norm1()),
                 ("operator", lambda: p + 1), ("len", lambda: len(p)), ("item", lambda: p[0]),
                 ("iteration", lambda: list(p)), ("bool", lambda: bool(p)), ("str", lambda: str(p)),
                 ("comparison", lambda: p == 1), ("setattr", lambda: setattr(p, "a", 1))]:
    t("  " + label, f)
print("  repr still works:", noaddr(repr(p)))
del c
t("  calling a dead callable proxy", lambda: cp())
