# The os module: write a temporary file, check it exists, list it, remove it.
import os
path = "/tmp/frost_test_stdlib_os.txt"
with open(path, "w") as f:
    f.write("temporary\n")
print(os.path.exists(path), os.path.basename(path), os.path.dirname(path))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("archive.tar.gz"), os.sep)
print(os.path.getsize(path), os.path.isfile(path), os.path.isdir("/tmp"))
print(os.path.basename(path) in os.listdir("/tmp"))
os.remove(path)
print(os.path.exists(path))
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == path)
print(isinstance(os.getpid(), int), os.getcwd() == os.path.abspath("."))
print(os.environ.get("FROST_SURELY_UNSET_VARIABLE", "unset"))
