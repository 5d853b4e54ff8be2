# Case conversions and character predicates.
for s in ["hello world", "HELLO", "hElLo WoRLD", "it's a dog's life", "123abc", "", "ß straße", "éCOLE"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in ["abc", "ABC", "Abc", "123", "abc123", "  ", "", "a b", "\t\n", "½", "٣", "Éé", "a_b", "Hello World"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("MiXeD".lower() == "mixed", "a".upper() < "a")
