# open() in text mode: write, read, readline(s), iteration, append, with statement.
path = "/tmp/frost_test_builtins_open_text.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    print("write returned", n)
    f.write("second line\n")
    f.writelines(["third\n", "fourth without newline"])
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("\nappended")
with open(path, "r") as f:
    lines = f.read().splitlines()
print(lines[-2:], len(lines))
f = open(path)
print(f.closed, f.read(5), f.read(6))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld\n")
    f.write("中文\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text.splitlines(), len(text))
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:6])
with open(path, "w") as f:
    print("written by print", 42, sep="|", file=f)
    print("second", file=f)
with open(path) as f:
    print(f.read().splitlines())
words = {}
with open(path, "w") as f:
    f.write("the cat\nthe dog\nthe end\n")
with open(path) as f:
    for line in f:
        for w in line.split():
            words[w] = words.get(w, 0) + 1
print(words)
print(open(path).read().count("the"))
