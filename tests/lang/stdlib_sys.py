# The sys module: argv, exit raising SystemExit, maxsize, recursion limit, stdout.write.
import sys
print(sys.argv[0].rsplit("/", 1)[-1], len(sys.argv))
for arg in [None, 0, 3, "message"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit caught:", repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
limit = sys.getrecursionlimit()
print(limit >= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)
n = sys.stdout.write("written with sys.stdout.write\n")
print(n)
print("to stdout", file=sys.stdout)
print(sys.byteorder in ("little", "big"), isinstance(sys.path, list), "sys" in sys.modules)
def main():
    try:
        raise SystemExit(7)
    finally:
        print("finally runs on SystemExit")
try:
    main()
except SystemExit as e:
    print("exit code", e.code)
