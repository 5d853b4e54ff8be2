# dict insertion order, views (live, set-like), equality, iteration and reinsertion.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d), d)
d["z"] = 100
print(list(d), "updating a key keeps its position")
del d["z"]
d["z"] = 1
print(list(d), "re-inserting moves it to the end")
keys = d.keys()
values = d.values()
items = d.items()
d["new"] = 4
print(keys, values, items, len(keys))
print("a" in keys, 2 in values, ("a", 2) in items, ("a", 3) in items)
print(keys & {"a", "q"}, sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "zz"}))
print(sorted(items & {("a", 2), ("m", 0)}), keys == {"a", "m", "z", "new"}, list(reversed(d)))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {} == {})
print(list(zip(d.keys(), d.values())) == list(d.items()))
for k, v in d.items():
    print(k, "->", v, end="; ")
print()
for k in d:
    d[k] *= 10
print(d)
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
first_key = next(iter(d))
last_key = list(d)[-1]
print(first_key, last_key, list(d.values())[::-1])
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=lambda c: (-counts[c], c)))
inverted = {v: k for k, v in counts.items()}
print(inverted)
nested = {"users": {"alice": {"age": 30, "langs": ["py", "c"]}, "bob": {"age": 25, "langs": []}}}
for user, info in nested["users"].items():
    print(user, info["age"], len(info["langs"]))
nested["users"]["bob"]["langs"].append("go")
print(nested)
d2 = dict.fromkeys([3, 1, 2])
print(list(d2), {1: "a", 2: "b"}.items() == {2: "b", 1: "a"}.items())
