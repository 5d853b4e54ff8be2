# Nested data structures: building, querying, deep copying by hand, recursive equality and walking.
data = {
    "users": [
        {"id": 1, "name": "ann", "roles": ["admin", "dev"], "prefs": {"theme": "dark"}},
        {"id": 2, "name": "bob", "roles": ["dev"], "prefs": {}},
        {"id": 3, "name": "cy", "roles": [], "prefs": {"theme": "light", "lang": "fr"}},
    ],
    "meta": {"version": 3, "tags": ("a", "b")},
}
print([u["name"] for u in data["users"] if "dev" in u["roles"]])
print({u["name"]: u["prefs"].get("theme", "default") for u in data["users"]})
by_role = {}
for u in data["users"]:
    for r in u["roles"] or ["none"]:
        by_role.setdefault(r, []).append(u["id"])
print(by_role)
def deep_copy(obj):
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(deep_copy(v) for v in obj)
    return obj
copy = deep_copy(data)
copy["users"][0]["roles"].append("ops")
print(copy == data, data["users"][0]["roles"], copy["users"][0]["roles"])
shallow = dict(data)
shallow["meta"]["version"] = 4
print(data["meta"]["version"], shallow["users"] is data["users"])
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj
leaves = list(walk(data))
print(len(leaves), leaves[:4], leaves[-2:])
def get_path(obj, path, default=None):
    for part in path.split("."):
        try:
            obj = obj[int(part)] if isinstance(obj, list) else obj[part]
        except (KeyError, IndexError, ValueError):
            return default
    return obj
print(get_path(data, "users.2.prefs.lang"), get_path(data, "users.5.name", "?"), get_path(data, "meta.version"))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(out.get(k), dict) and isinstance(v, dict) else v
    return out
print(merge({"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"d": 4, "e": 5}, "f": 6}))
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def tree_sum(t):
    return t["value"] + sum(tree_sum(c) for c in t["children"])
def depth(t):
    return 1 + max((depth(c) for c in t["children"]), default=0)
print(tree_sum(tree), depth(tree))
matrix = [[(r, c) for c in range(3)] for r in range(2)]
print(matrix, matrix[1][2][0])
