# Case conversions and character predicates.
for s in ["hello world", "HELLO", "hElLo WoRLD", "it's a dog's life", "123abc", "", "ß straße", "éCOLE"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in ["abc", "ABC", "Abc", "123", "abc123", "  ", "", "a b", "\t\n", "½", "٣", "Éé", "a_b", "Hello World"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("MiXeD".lower() == "mixed", "a".upper() < "a")
print("hello world".title(), "HELLO WORLD".title(), "they're bill's friends".title(), "x1y2 z3".title())
print(" leading space".capitalize(), "ALL CAPS".capitalize(), "élan".capitalize(), "1st place".capitalize())
print("MiXeD 123 !?".swapcase(), "Ab".swapcase().swapcase())
def normalize_name(s):
    return " ".join(part.capitalize() for part in s.strip().split())
for raw in ["  ada   LOVELACE ", "grace hopper", "ALAN turing"]:
    print(repr(normalize_name(raw)))
def is_shouting(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
print([is_shouting(s) for s in ["STOP!", "Stop", "123", "OK 2", ""]])
def count_kinds(s):
    return {
        "upper": sum(c.isupper() for c in s),
        "lower": sum(c.islower() for c in s),
        "digit": sum(c.isdigit() for c in s),
        "space": sum(c.isspace() for c in s),
        "other": sum(not (c.isalnum() or c.isspace()) for c in s),
    }
print(count_kinds("Hello World 2024, Frost!"))
print("Straße".lower() == "straße", "Straße".casefold() == "strasse", "ÀÉÎ".lower())
print("python".upper().lower() == "python")
