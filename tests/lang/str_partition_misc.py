# partition / rpartition, translate, ord/chr, str multiplication and comparison.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
def parse_kv(line):
    k, sep, v = line.partition(":")
    return (k.strip(), v.strip()) if sep else (line.strip(), None)
for line in ["Host: example.com", "Content-Length: 42", "junk", "Time: 12:30:00"]:
    print(parse_kv(line))
print(ord("a"), ord("A"), ord("é"), ord("中"), ord("\n"), chr(97), chr(233), chr(0x4e2d), chr(10) == "\n")
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("apple" < "banana", "apple" < "Apple", "a" < "ab", "abc" == "abc", "b" > "abc", "Z" < "a")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max("hello"), min("hello"), sorted("hello"), list("abc"), tuple("ab"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "attack at dawn")
print(caesar)
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print("-".join(["ab"] * 3), "ab" * 2 + "c")
