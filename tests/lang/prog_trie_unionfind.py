# A trie for prefix search/autocomplete and a union-find structure for connectivity and Kruskal's MST.
class Trie:
    def __init__(self):
        self.root = {}
        self.count = 0
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.count += 1
        node["$"] = True
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def __contains__(self, word):
        node = self._find(word)
        return node is not None and "$" in node
    def complete(self, prefix):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        walk(node, prefix)
        return out
t = Trie()
for w in "car card care careful cart cat dog dot do door".split():
    t.insert(w)
t.insert("car")
print(t.count, "car" in t, "ca" in t, "doors" in t)
print(t.complete("car"), t.complete("do"), t.complete("x"), t.complete("")[:4])
class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True
uf = UnionFind(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (3, 0)]:
    print((a, b), uf.union(a, b), end="  ")
print()
print(uf.sets, uf.find(2) == uf.find(0), uf.find(4) == uf.find(5))
groups = {}
for x in range(10):
    groups.setdefault(uf.find(x), []).append(x)
print(sorted(groups.values()))
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
mst_uf = UnionFind("ABCDEFG")
mst = [(u, v, w) for w, u, v in sorted(edges) if mst_uf.union(u, v)]
print(mst, sum(w for _, _, w in mst))
