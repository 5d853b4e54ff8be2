# **kwargs preserve the call order; keyword arguments can follow *args; argument evaluation order.
def show(**kw):
    return list(kw)
print(show(z=1, a=2, m=3), show(**{"q": 1, "b": 2}, c=3))
def build(tag, *children, **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{attr_text}>" + "".join(children) + f"</{tag}>"
print(build("div", build("span", "hi", cls="x"), "text", id="main", style="bold"))
order = []
def val(name, v):
    order.append(name)
    return v
def f(a, b, c=0, *rest, d=0, **kw):
    return (a, b, c, rest, d, kw)
print(f(val("a", 1), val("b", 2), *[val("star", 3)], d=val("d", 4), **{"e": val("dstar", 5)}))
print(order)
order.clear()
result = val("callee", f)(val("x", 1), b=val("y", 2))
print(result, order)
order.clear()
d = {val("k1", "a"): val("v1", 1), val("k2", "b"): val("v2", 2)}
print(d, order)
order.clear()
lst = [val("e1", 1), val("e2", 2)][val("idx", 0)]
print(lst, order)
order.clear()
val("target", {})[val("key", "k")] = val("value", "v")
print(order)
def kwonly_defaults(*, a=1, b=None):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults(b=3, a=4))
