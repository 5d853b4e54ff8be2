# UnicodeDecodeError / UnicodeEncodeError: messages and attributes, handlers.
cases = [b"\xff", b"ok\xe4\x41", b"\xf0\x9f\x41", b"ab\xe4\xb8", b"\xed\xa0\x80", b"\xc0\x80", b"a\xf0"]
for data in cases:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, "|", e)
    print(ascii(data.decode("utf-8", "replace")), ascii(data.decode("utf-8", "surrogateescape")),
          data.decode("utf-8", "ignore"), data.decode("utf-8", "backslashreplace"))
for text, codec in [("aé", "ascii"), ("aéé!", "ascii"), ("a中", "latin-1"), ("\udc80", "utf-8"), ("x\U0001f600y", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e.encoding, ascii(e.object), e.start, e.end, e.reason, "|", e)
    for handler in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(handler, text.encode(codec, handler))
        except UnicodeEncodeError as e:
            print(handler, "UnicodeEncodeError", e.start)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError, type), issubclass(UnicodeDecodeError, ValueError))
s = b"caf\xe9".decode("latin-1")
print(s, len(s), s.encode("utf-8"), s.encode("latin-1"), str(b"caf\xc3\xa9", "utf-8"))
print("\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
