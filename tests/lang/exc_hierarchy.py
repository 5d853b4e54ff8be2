# The built-in exception hierarchy people catch.
names = [ValueError, TypeError, KeyError, IndexError, AttributeError, NameError, UnboundLocalError,
         ZeroDivisionError, OverflowError, RuntimeError, RecursionError, NotImplementedError,
         StopIteration, OSError, FileNotFoundError, ImportError, ModuleNotFoundError,
         AssertionError, KeyboardInterrupt, SystemExit, MemoryError, UnicodeError,
         UnicodeDecodeError, LookupError, ArithmeticError, Exception, BaseException, GeneratorExit,
         PermissionError, FileExistsError, IsADirectoryError, EOFError, StopAsyncIteration]
for cls in names:
    print(cls.__name__, "->", cls.__bases__[0].__name__ if cls is not BaseException else None,
          issubclass(cls, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeError, ValueError), issubclass(bool, (str, int)))
print(IOError is OSError, EnvironmentError is OSError)
def trigger(kind):
    if kind == "key": {}["k"]
    if kind == "index": [][1]
    if kind == "zero": 1 // 0
    if kind == "overflow": 2.0 ** 5000
    if kind == "attr": None.foo
    if kind == "name": undefined_name
    if kind == "notimpl": raise NotImplementedError("todo")
for kind in ["key", "index", "zero", "overflow", "attr", "name", "notimpl"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception", type(e).__name__, e)
for exc in [KeyboardInterrupt("ctrl-c"), SystemExit(3), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print("never: not an Exception subclass")
    except BaseException as e:
        print("BaseException caught", type(e).__name__, e.args)
e = SystemExit(5)
print(e.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
try:
    raise MemoryError()
except MemoryError as e:
    print(type(e).__name__, isinstance(e, Exception))
e = OSError(5, "Input/output error")
print(e.errno, e.strerror, str(e), type(e).__name__)
e2 = OSError(5, "Input/output error", "/x")
print(type(e2).__name__, e2.filename, str(e2))
print(type(StopIteration(5).value).__name__, StopIteration(5).value, StopIteration().value)
print(KeyError("k").args, str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(isinstance(ValueError("x"), (TypeError, ValueError)), isinstance(KeyError(), (IndexError, LookupError)))
try:
    raise UnicodeError("unicode problem")
except ValueError as e:
    print("UnicodeError caught as ValueError:", e)
