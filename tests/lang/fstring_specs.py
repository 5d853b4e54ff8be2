# f-strings with format specs, conversions, nested fields, and '='.
name = "frost"
n = 1234567
x = 3.14159
items = ["a", "b"]
print(f"{name}|{name:>10}|{name:<10}|{name:^11}|{name:*^11}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012}|{-n:,}")
print(f"{x:08.3f}|{x:.2e}|{x:10.1f}|{x:<10.4}|{x:.0f}")
print(f"{name!r} {name!s} {items!r} {'é'!a}")
w = 7
p = 2
print(f"[{x:{w}.{p}f}] [{name:>{w}}] [{n:{'>'}{w + 5},}]")
print(f"{n = }", f"{x=:.2f}", f"{name.upper()=}")
print(f"{1 + 2} {len(items)} {items[0]} {'yes' if n > 0 else 'no'} {[i * i for i in range(4)]}")
d = {"k": 42}
print(f"{d['k']} {d!r}")
print(f"{{braces}} {{{n}}}")
print(f"{255:#x} {255:08b} {255:o} {65:c}")
print(f"{True} {None} {True:>6} {3:+}")
print(f"""multi
{name}
line""")
for i, word in enumerate(["alpha", "beta", "gamma"], 1):
    print(f"{i:>2}. {word:<8}|{len(word):3d}")
val = 0.5
print(f"{val:.1%} {val:%} {12.5:.0f} {13.5:.0f}")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
    def __str__(self):
        return "Temp(str)"
    def __repr__(self):
        return "Temp(repr)"
t = Temp(21.5)
print(f"{t} {t:F} {t!s} {t!r}")
