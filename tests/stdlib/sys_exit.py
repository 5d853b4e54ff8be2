# sys.exit raises SystemExit with its code; it is a BaseException, not an
# Exception; finally blocks run; a bare sys.exit() at the end exits with 0.
import sys

for args in [(), (None,), (0,), (3,), ("message",), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args, type(e).__name__)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    sys.exit(1, 2)
except TypeError:
    print("TypeError")

def worker():
    try:
        try:
            sys.exit(42)
        except Exception:
            print("not caught by except Exception")
    finally:
        print("finally runs")
try:
    worker()
except SystemExit as e:
    print("exit code", e.code)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    sys.exit(7)
except SystemExit as e:
    try:
        raise ValueError("during handling")
    except ValueError as inner:
        print(repr(inner), repr(inner.__context__))
print("exiting")
try:
    sys.exit()
finally:
    print("last finally")
print("not reached")
