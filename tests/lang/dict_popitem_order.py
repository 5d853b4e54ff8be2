# dict popitem is LIFO; deletion and reinsertion order; iteration over a copy while mutating.
d = {c: i for i, c in enumerate("abcde")}
print(d.popitem(), d.popitem(), d)
d["z"] = 26
d["a"] = 100
print(d)
del d["b"]
d["b"] = 1
print(list(d.items()))
for k in list(d):
    if d[k] > 10:
        d.pop(k)
print(d)
stack = {}
for task in ["build", "test", "deploy"]:
    stack[task] = len(stack)
while stack:
    print("undo", stack.popitem())
try:
    stack.popitem()
except KeyError as e:
    print(type(e).__name__, e)
order = dict.fromkeys("mississippi")
print("".join(order))
merged = {}
for src in [{"x": 1, "y": 2}, {"y": 3, "z": 4}, {"x": 5}]:
    merged.update(src)
print(merged, list(merged))
counts = {}
for w in "b a c b a b".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, dict(sorted(counts.items())), dict(sorted(counts.items(), key=lambda kv: kv[1])))
d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, list(d1) == list(d2), list(reversed(d1)))
