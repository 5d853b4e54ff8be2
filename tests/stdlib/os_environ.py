# os.environ (a mapping whose writes reach the process), getenv, putenv
# and unsetenv: child processes see changes made through os.environ.
import os

print(type(os.environ).__name__, "PATH" in os.environ, isinstance(os.environ["PATH"], str))
os.environ["FROST_TEST_A"] = "alpha"
print(os.environ["FROST_TEST_A"], os.getenv("FROST_TEST_A"), os.environ.get("FROST_TEST_A"))
print(os.getenv("FROST_TEST_NONE"), os.getenv("FROST_TEST_NONE", "dflt"), os.environ.get("FROST_TEST_NONE", 5))
print("FROST_TEST_A" in os.environ, "FROST_TEST_NONE" in os.environ, len(os.environ) > 1)
print(os.environ.setdefault("FROST_TEST_B", "beta"), os.environ.setdefault("FROST_TEST_B", "other"))
os.environ.update({"FROST_TEST_C": "gamma"}, FROST_TEST_D="delta")
print(sorted(k for k in os.environ if k.startswith("FROST_TEST_")))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith("FROST_TEST_")))
print(os.environ.pop("FROST_TEST_C"), os.environ.pop("FROST_TEST_C", "gone"))
del os.environ["FROST_TEST_D"]
d = os.environ.copy()
print(type(d).__name__, d["FROST_TEST_A"], dict(os.environ)["FROST_TEST_B"])
print([k for k in os.environ.keys() if k == "FROST_TEST_A"], "beta" in os.environ.values())
os.environ["FROST_TEST_UNI"] = "h\u00e9llo \u2603"
print(os.environ["FROST_TEST_UNI"], len(os.environ["FROST_TEST_UNI"]))

# Children see os.environ's changes; putenv changes the process but not os.environ.
os.putenv("FROST_TEST_PUT", "put")
print("FROST_TEST_PUT" in os.environ)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.dup2(w, 1)
        os.execv("/bin/sh", ["sh", "-c", 'printf "%s|%s|%s" "$FROST_TEST_A" "$FROST_TEST_PUT" "$FROST_TEST_C"'])
    finally:
        os._exit(127)
os.close(w)
out = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    out += chunk
os.close(r)
print(out, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.dup2(w, 1)
        os.execve("/bin/sh", ("sh", "-c", 'printf "%s" "$ONLY"'), {"ONLY": "just this"})
    finally:
        os._exit(127)
os.close(w)
print(os.read(r, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)
os.unsetenv("FROST_TEST_PUT")
for k in ["FROST_TEST_A", "FROST_TEST_B", "FROST_TEST_UNI"]:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith("FROST_TEST_")))
print(repr(os.environ).startswith("environ({"))


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: os.environ["FROST_TEST_MISSING"])
check(lambda: os.environ.__setitem__("FROST_TEST_X", 1))
check(lambda: os.environ.__setitem__(1, "x"))
check(lambda: os.environ.__getitem__(1))
check(lambda: os.environ.__delitem__("FROST_TEST_MISSING"))
check(lambda: os.environ.__setitem__("A=B", "x"))
check(lambda: os.environ.__setitem__("A\0B", "x"))
check(lambda: os.getenv())
check(lambda: os.getenv(1))
check(lambda: os.putenv("", "x"))
check(lambda: os.putenv("a=b", "x"))
check(lambda: os.putenv("a", 1))
check(lambda: os.unsetenv(""))
check(lambda: 1 in os.environ)
check(lambda: os.execv("/bin/sh", []))
check(lambda: os.execv("/bin/sh", "sh"))
check(lambda: os.execv("/bin/sh", [""]))
check(lambda: os.execv("/nonexistent/frost", ["x"]))
