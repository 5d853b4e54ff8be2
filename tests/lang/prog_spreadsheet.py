# A tiny spreadsheet: cells with numbers or formulas, dependency resolution, cycle detection.
class CycleError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()
    def get(self, ref, visiting=None):
        if ref in self.cache:
            return self.cache[ref]
        visiting = visiting or []
        if ref in visiting:
            raise CycleError(" -> ".join(visiting + [ref]))
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            value = self.eval_formula(raw[1:], visiting + [ref])
        else:
            value = raw
        self.cache[ref] = value
        return value
    def expand(self, rng):
        a, b = rng.split(":")
        col1, row1 = a[0], int(a[1:])
        col2, row2 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]
    def eval_formula(self, expr, visiting):
        expr = expr.strip()
        for fn, agg in (("SUM", sum), ("MAX", max), ("MIN", min), ("AVG", lambda v: sum(v) / len(v))):
            if expr.startswith(fn + "(") and expr.endswith(")"):
                return agg([self.get(r, visiting) for r in self.expand(expr[len(fn) + 1:-1])])
        tokens = expr.replace("+", " + ").replace("*", " * ").replace("-", " - ").split()
        total, op = 0, "+"
        for tok in tokens:
            if tok in "+-*":
                op = tok
                continue
            v = self.get(tok, visiting) if tok[0].isalpha() else float(tok) if "." in tok else int(tok)
            total = total + v if op == "+" else total - v if op == "-" else total * v
        return total
    def render(self, cols, rows):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.get(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v:>10}")
                except CycleError:
                    cells.append(f"{'#CYCLE':>10}")
            lines.append(f"{r:<4}" + "".join(cells))
        return "\n".join(lines)
s = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": 30.5, "B1": "=A1 * 2", "B2": "=A2 + B1", "B3": "=SUM(A1:A3)",
               "C1": "=MAX(A1:B3)", "C2": "=AVG(A1:A2)", "C3": "=B3 - 0.5 + C2"}.items():
    s.set(ref, v)
print(s.render("ABC", range(1, 4)))
s.set("A1", 100)
print(s.get("B2"), s.get("C1"), s.get("C3"))
s.set("D1", "=D2 + 1")
s.set("D2", "=D1 * 2")
try:
    s.get("D1")
except CycleError as e:
    print("CycleError:", e)
print(s.render("D", [1, 2]))
