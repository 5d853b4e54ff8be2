# A hand-written tokenizer for a small arithmetic/assignment language.
KEYWORDS = {"let", "print", "if", "else"}
OPERATORS = ["==", "!=", "<=", ">=", "**", "+", "-", "*", "/", "%", "=", "<", ">", "(", ")", "{", "}", ";", ","]

class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"

class LexError(Exception):
    pass

def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start, scol = i, col
        if ch.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            kind = "FLOAT" if "." in text else "INT"
        elif ch.isalpha() or ch == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KEYWORD" if text in KEYWORDS else "NAME"
        elif ch == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{scol}")
            i += 1
            text = src[start:i]
            kind = "STRING"
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    i += len(op)
                    text = op
                    kind = "OP"
                    break
            else:
                raise LexError(f"unexpected character {ch!r} at {line}:{col}")
        col += i - start
        tokens.append(Token(kind, text, line, scol))
    return tokens

program = '''let x = 42;
let y_2 = x ** 2 + 3.5;  # comment
if (y_2 >= 100) { print "big", y_2; } else { print "small"; }'''
toks = tokenize(program)
for t in toks[:8]:
    print(t)
print(len(toks), "tokens")
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
print([t.text for t in toks if t.kind == "OP"])
print(" ".join(t.text for t in toks if t.line == 3))
for bad in ['let s = "open', "let z = 3 @ 4;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
