# A tiny expression evaluator: recursive-descent parser producing an AST, then evaluation.
class ParseError(Exception):
    pass
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        elif c in "+-*/%^(),":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError(f"bad character {c!r}")
    toks.append(("end", None))
    return toks
class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok
    def parse(self):
        node = self.expr()
        self.take("end")
        return node
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.factor())
        return base
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return ("num", val)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {val!r}")
FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}
def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]!r}")
        return env[node[1]]
    if tag == "neg":
        return -evaluate(node[1], env)
    if tag == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
            "%": lambda: a % b, "^": lambda: a ** b}[tag]()
env = {"x": 3, "y": 4, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x * x + y * y", "10 / 4", "10 % 4 - -3",
            "max(x, y, 2) * min(1, 5)", "sq(abs(-7)) + 0.5", "2 * pi * x", "1 / 0", "z + 1", "(1 + 2", "3 $ 4", "1 +"]:
    try:
        tree = Parser(src).parse()
        print(f"{src:<26} = {evaluate(tree, env)}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{src:<26} ! {type(e).__name__}: {e}")
print(Parser("1 + x * (2 - y)").parse())
