# Building strings: +=, join, repetition, format_map, str() of containers, immutability.
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts), "-".join(parts[::2]))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
t = s
s += "!"
print(s, t, s is t)
row = "| " + " | ".join(f"{n:>3}" for n in [1, 22, 333]) + " |"
print(row, len(row))
print("=" * 20)
print(str.join(", ", ["x", "y"]), ", ".join(map(str, [1, 2.5, None])))
print("{name} is {age}".format_map({"name": "ann", "age": 7}))
template = "Dear {title} {name},"
for title, name in [("Dr.", "Who"), ("Ms.", "Marple")]:
    print(template.format(title=title, name=name))
lines = ["first", "second", "third"]
print("\n".join(f"{i}: {l}" for i, l in enumerate(lines, 1)))
def indent(text, n):
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.split("\n"))
print(indent("a\n\nb", 4))
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
widths = [max(len(r[i]) for r in table) for i in range(2)]
for r in table:
    print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print(type(e).__name__, e)
print(s.upper(), s, s.replace("im", "", 1), s[:2] + s[2:].upper())
acc = []
n = 1234567
while n:
    n, r = divmod(n, 1000)
    acc.append(f"{r:03d}" if n else str(r))
print(",".join(reversed(acc)))
print(str([1, "a", None]), str({"k": [1.5]}), str((1,)), str(set()), repr("x" * 3))
def to_binary(n):
    if n == 0:
        return "0"
    bits = ""
    while n:
        bits = str(n & 1) + bits
        n >>= 1
    return bits
print([to_binary(n) for n in [0, 1, 5, 255]], to_binary(2 ** 40) == bin(2 ** 40)[2:])
