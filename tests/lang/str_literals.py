# String literals: escapes, raw strings, triple quotes, concatenation.
print('single', "double", 'it\'s', "say \"hi\"")
print("tab\there", "new\nline", "back\\slash", "bell\x41\x42", "\u00e9\u4e2d")
print("octal \101\102\103", "null->\0<-".replace("\0", "0"))
print(r"raw \n stays \t", R"C:\path\to\file", r'\d+\.\d*')
print(len("\n"), len(r"\n"), len("\\"), len("\x00"))
s = """triple
  quoted "with" 'quotes'
end"""
print(s)
print(len(s.splitlines()))
t = '''a\
b'''
print(t)
print("con" "cat" 'enation', ("multi "
      "line " "implicit"))
print("" == '', str(), repr(""), repr("'"), repr('"'), repr("'\""))
print(repr("a\nb\tc\\d"), repr("\x7f\x01"), repr("é"), repr("\u200b"))
print(repr('caf\xe9'), ascii('café'), ascii("中"))
print("a" * 3, 3 * "ab", "x" * 0, "y" * -1 == "")
print("abc"[0], "abc"[-1], "abc"[1:], "abc"[::-1])
print(str(42), str(4.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
b = "a very long string that " \
    "continues on the next line"
print(b)
print(f"{'nested'} {'x'!r}")
