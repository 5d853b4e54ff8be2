# split / rsplit / join / splitlines.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a b c d".rsplit(None, 1), "a b c d".split(maxsplit=2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a--b--c".split("--"), "1<>2<>3".rsplit("<>", 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(5)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("trailing\n".splitlines(), "\n\n".splitlines(), "".splitlines())
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc\td".expandtabs(3))
words = "the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(" | ".join(f"{w}={n}" for w, n in sorted(counts.items())))
csv = "name,age,city\nalice,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
for row in data:
    print(dict(zip(header, row)))
