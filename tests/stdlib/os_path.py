# os.path (posixpath): pure path arithmetic on str and bytes, the tests
# against the file system, realpath through symbolic links, and the
# TypeErrors of mixed or wrong argument types.
import os
import os.path
import sys
from os.path import join, split, splitext, basename, dirname, normpath, abspath, relpath

print(os.path is sys.modules["os.path"], os.path.__name__, os.path.sep, os.path.curdir)
print(join("a", "b", "c"), join("a/", "b"), join("a", "/b", "c"), join("", "x"), join("a", ""), join(b"a", b"b"))
print(split("/a/b/c"), split("a"), split("/"), split("a//b"), split("//a"), split(b"/x/y"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a.b/c"), splitext("x."), splitext("..a"), splitext(b"f.py"))
print(basename("/a/b/"), basename("/a/b"), basename("a"), dirname("/a/b/c"), dirname("a"), dirname("/a"), dirname("//a"))
print(normpath(""), normpath("/a/./b/../c//d/"), normpath("a/../.."), normpath("//a"), normpath("///a"), normpath(b"./x/"))
print(abspath("/x/../y"), abspath("a") == join(os.getcwd(), "a"), abspath(b"/b/./c"))
print(relpath("/a/b/c", "/a/d"), relpath("/a", "/a"), relpath("/a/b", "/"), relpath("x/y", "x"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(b"/"), os.path.normcase("AbC"), os.path.splitdrive("/a/b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.commonprefix([]), os.path.commonpath(["/a/b/c", "/a/b/d", "/a/bc"]))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("x/~"), os.path.expanduser(b"~/y"))
if home is not None:
    os.environ["HOME"] = home
os.environ["FROST_V"] = "vv"
print(os.path.expandvars("$FROST_V/${FROST_V}x/$NOPE_FROST/${NOPE_FROST}/$"), os.path.expandvars(b"a$FROST_V"), os.path.expandvars("plain"))

base = "/tmp/frost_os_path_%d" % os.getpid()
os.makedirs(join(base, "dir"))
with open(join(base, "file"), "w") as f:
    f.write("12345")
os.symlink(join(base, "file"), join(base, "link"))
os.symlink(join(base, "nowhere"), join(base, "dangling"))
os.symlink("dir/../file", join(base, "rel"))
for name in ["dir", "file", "link", "dangling", "missing"]:
    p = join(base, name)
    print(name, os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
print(os.path.getsize(join(base, "file")), os.path.getsize(join(base, "link")))
print(type(os.path.getmtime(join(base, "file"))).__name__, os.path.getmtime(join(base, "file")) > 0)
print(os.path.realpath(join(base, "link")) == join(base, "file"), os.path.realpath(join(base, "rel")) == join(base, "file"))
print(os.path.realpath(join(base, "dir", "..", "link")) == join(base, "file"))
print(os.path.realpath(join(base, "missing", "x")) == join(base, "missing", "x"))
print(os.path.samefile(join(base, "file"), join(base, "link")), os.path.ismount("/"), os.path.ismount(base))


class P:
    def __fspath__(self):
        return base


print(os.path.isdir(P()), os.path.exists("a\0b"), os.path.isfile(""))
for name in ["rel", "dangling", "link", "file"]:
    os.remove(join(base, name))
os.rmdir(join(base, "dir"))
os.rmdir(base)


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: join(1))
check(lambda: join("a", 1))
check(lambda: join("a", b"b"))
check(lambda: join(b"a", "b"))
check(lambda: basename(1))
check(lambda: splitext(None))
check(lambda: os.path.exists(1.5))
check(lambda: os.path.getsize("/nonexistent/frost"))
check(lambda: relpath(""))
check(lambda: os.path.commonpath([]))
check(lambda: os.path.commonpath(["/a", "b"]))
