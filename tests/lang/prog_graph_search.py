# Graph algorithms on adjacency dicts: BFS shortest path, DFS, topological sort, cycle detection, components.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
def bfs_path(g, start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in g.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
print(bfs_path(graph, "a", "e"), bfs_path(graph, "a", "g"), bfs_path(graph, "e", "e"))
def dfs(g, start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(g.get(node, [])))
    return order
print(dfs(graph, "a"))
def components(g):
    seen, comps = set(), []
    for node in sorted(g):
        if node not in seen:
            comp = dfs(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components(graph))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": []}
def topo_sort(deps):
    result, state = [], {}
    def visit(n, path):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(path + [n]))
        state[n] = "active"
        for d in deps.get(n, []):
            visit(d, path + [n])
        state[n] = "done"
        result.append(n)
    for n in deps:
        visit(n, [])
    return result
print(topo_sort(deps))
try:
    topo_sort({"x": ["y"], "y": ["z"], "z": ["x"]})
except ValueError as e:
    print("ValueError:", e)
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def grid_bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                    dist[(nr, nc)] = dist[(r, c)] + 1
                    if grid[nr][nc] == "E":
                        return dist[(nr, nc)]
                    nxt.append((nr, nc))
        frontier = nxt
    return -1
print("maze distance:", grid_bfs(grid))
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8}, "c": {}}
def bellman_ford(g, src):
    dist = {n: float("inf") for n in g}
    dist[src] = 0
    for _ in range(len(g) - 1):
        for u in g:
            for v, w in g[u].items():
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
    return dist
print(bellman_ford(weighted, "s"))
