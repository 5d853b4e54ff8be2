# find / rfind / index / rindex / count / startswith / endswith / replace / in.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("a"))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), "aaaa".count("aa"))
print(s.startswith("abra"), s.startswith("bra"), s.startswith("bra", 1), s.endswith("abra"), s.endswith(("x", "ra")))
print(s.startswith(("c", "a")), "file.txt".endswith((".py", ".txt")), "".startswith(""))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""), s.replace("x", "y"))
print("bra" in s, "z" in s, "" in s, "ABRA" not in s)
print("hello"[1:3] in "hello", "ll" in "hello" and "he" in "hello")
haystack = "the rain in spain falls mainly on the plain"
pos = []
i = haystack.find("ain")
while i != -1:
    pos.append(i)
    i = haystack.find("ain", i + 1)
print(pos)
print(haystack.title().replace(" ", ""))
print("mississippi".replace("ss", "SS").count("SS"), "mississippi".rfind("ss"), "mississippi".rindex("i"))
