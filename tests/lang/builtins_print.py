# print() with sep, end, several arguments, no arguments, and objects of many types.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, {5}, "s", b"b")
print(*range(5), sep=" < ")
print("tab\tseparated", "values", sep="\t")
print("", end="")
print("end with space", end=" ")
print("and more")
print("multi\nline\nstring")
print(sep="ignored when nothing printed")
print("a", sep=None, end=None)
print(*[], sep="x")
print(*"abc", sep="-", end="!\n")
for i in range(3):
    print(i, end=", " if i < 2 else "\n")
print("%d items" % 3, f"{3} items", "{} items".format(3), sep=" | ")
class Custom:
    def __str__(self):
        return "custom str"
print(Custom(), [Custom()].__len__())
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
print("done", flush=True)
