# Text files: the modes r w a x r+ w+ a+, write counts, read/readline/readlines,
# iteration, tell/seek, truncate, attributes and reprs.
try:
    from os import getpid, remove
    TAG = str(getpid())
except ImportError:
    remove = None
    TAG = "%x" % id(object())
path = "/tmp/frost_test_io_text_modes_" + TAG + ".txt"
shown = path.replace(TAG, "TAG")

with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.encoding, f.errors, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.line_buffering)
    print(f.write("alpha\n"), f.write("béta\n"), f.write(""), f.write("γάμμα\n"))
    f.writelines(["one\n", "two\n", "three"])
    print(f.tell())
print(f.closed)
print(repr(f).replace(TAG, "TAG"))

with open(path) as f:
    print(f.read(3), f.read(3), repr(f.readline()), f.readline(2), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()), f.readlines())
with open(path, "rt") as f:
    for n, line in enumerate(f):
        print(n, repr(line))
    print(f.tell())
    print(f.seek(0), f.readline(), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(6), repr(f.read(4)))

with open(path, "a") as f:
    print(f.mode, f.tell(), f.write("\nappended"))
with open(path) as f:
    print(f.read().splitlines()[-2:])

with open(path, "r+") as f:
    print(f.mode, f.readable(), f.writable(), repr(f.read(5)))
    f.seek(0)
    f.write("ALPHA")
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(12), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(path, "w+") as f:
    print(f.mode, repr(f.read()))
    f.write("fresh\ncontent\n")
    f.seek(0)
    print(f.readlines())

with open(path, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(f.read().split())

try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, str(e).replace(TAG, "TAG"))
if remove:
    remove(path)
    with open(path, "x") as f:
        f.write("created")
    with open(path) as f:
        print(f.read())
else:
    print("created")

lines = ["line %d %s\n" % (i, "x" * (i % 37)) for i in range(3000)]
with open(path, "w") as f:
    for line in lines:
        f.write(line)
with open(path) as f:
    back = list(f)
print(back == lines, len(back))
with open(path) as f:
    text = f.read()
print(len(text), text == "".join(lines))
with open(path) as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(c)
print(len(chunks), "".join(chunks) == text)
if remove:
    remove(path)
