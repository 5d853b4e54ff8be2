# sys: argv, version_info comparisons, the interpreter's limits and identity,
# intern, the recursion limit, exc_info/exception, getsizeof/getrefcount.
import sys

print(sys.argv, type(sys.argv).__name__)
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2] >= (3, 11))
print(sys.version_info.major, sys.version_info.releaselevel, type(sys.version_info).__name__)
major, minor, *rest = sys.version_info
print(major, len(rest), isinstance(sys.version_info, tuple), len(sys.version_info))
print(isinstance(sys.version, str), isinstance(sys.hexversion, int), sys.hexversion >= 0x030B0000)
print(sys.platform, sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 == 2 ** 63, sys.byteorder)
print(sys.maxunicode == 0x10FFFF, sys.executable.startswith("/"), isinstance(sys.implementation.name, str))
print(hasattr(sys.implementation, "version"), sys.implementation.cache_tag is None or True)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.default_max_str_digits, sys.hash_info.width, sys.hash_info.modulus)
print(sys.flags.optimize, sys.flags.verbose, type(sys.flags).__name__)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError", e)
try:
    type(sys.version_info)()
except TypeError as e:
    print("TypeError", e)
print("sys" in sys.modules, sys.modules["sys"] is sys, isinstance(sys.path, list))

a = "".join(["dyn", "amic", " string"])
b = "".join(["dynamic", " ", "string"])
print(a == b, a is b, sys.intern(a) is sys.intern(b), sys.intern("x") == "x")
for bad in [1, b"x"]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError", e)

limit = sys.getrecursionlimit()
print(limit >= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
try:
    down(500)
except RecursionError as e:
    print("RecursionError", e)
print(down(100))
sys.setrecursionlimit(limit)
print(down(500))
for bad in [0, -5, 1.5, "x", 2 ** 40]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            return "RecursionError"
        return "set"
    return deep(n - 1)
print(deep(10))
print(sys.getrecursionlimit() == limit)

print(sys.exc_info(), sys.exception())
try:
    {}["missing"]
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def handler():
    try:
        raise ValueError("inner")
    except ValueError:
        return sys.exc_info()[1]
print(repr(handler()), sys.exc_info()[0])

print(all(isinstance(sys.getsizeof(o), int) and sys.getsizeof(o) > 0
          for o in [0, 2 ** 100, "", "abc", b"x", [], [1, 2], (), {}, {1: 2}, 1.5, None, object()]))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"), sys.getsizeof([1] * 100) > sys.getsizeof([]))
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()) >= 100)
try:
    sys.getsizeof()
except TypeError:
    print("TypeError")
x = object()
print(sys.getrefcount(x))
holder = [x, x]
print(sys.getrefcount(x))
del holder
print(sys.getrefcount(x))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 1200)
except ValueError as e:
    print("ValueError", str(e)[:40])
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
