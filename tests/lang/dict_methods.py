# dict methods: get/setdefault/pop/popitem/update/keys/values/items/fromkeys/copy/clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, repr(e), str(e))
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(b=200)
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, len(c))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])), dict())
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print(repr(e), str(e))
scores = {}
for name, pts in [("ann", 3), ("bob", 5), ("ann", 4), ("cy", 1), ("bob", 2)]:
    scores[name] = scores.get(name, 0) + pts
print(scores, max(scores, key=scores.get), sorted(scores.items(), key=lambda kv: kv[1]))
groups = {}
for word in "one two three four five six seven".split():
    groups.setdefault(len(word), []).append(word)
print(groups)
inventory = {"apple": 3}
inventory["apple"] += 2
inventory["pear"] = inventory.get("pear", 0) + 1
print(inventory, "apple" in inventory, "kiwi" not in inventory, 3 in inventory.values())
print(d | {"q": 1}, {1: "a"} | {1: "b"})
nums = {i: i * i for i in range(5)}
for k in list(nums):
    if k % 2:
        del nums[k]
print(nums)
try:
    for k in nums:
        nums[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(nums), {1: 1}.get(1.0), {0: "zero"}[False], {(): "empty tuple"}[()])
