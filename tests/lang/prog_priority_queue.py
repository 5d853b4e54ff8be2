# A binary min-heap priority queue implemented on a list, used for task scheduling and k-way merge.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        h = self.heap
        h.append(entry)
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def pop(self):
        h = self.heap
        if not h:
            raise IndexError("pop from empty priority queue")
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            n = len(h)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and h[l] < h[smallest]:
                    smallest = l
                if r < n and h[r] < h[smallest]:
                    smallest = r
                if smallest == i:
                    break
                h[i], h[smallest] = h[smallest], h[i]
                i = smallest
        return top[0], top[2]
    def __len__(self):
        return len(self.heap)
    def __bool__(self):
        return bool(self.heap)

pq = PriorityQueue()
for prio, task in [(3, "write tests"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch")]:
    pq.push(prio, task)
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
def heapsort(items):
    q = PriorityQueue()
    for x in items:
        q.push(x, x)
    return [q.pop()[1] for _ in range(len(q))]
data = [(i * 7919) % 101 for i in range(30)]
print(heapsort(data) == sorted(data), heapsort(data)[:10])
def merge_sorted(*lists):
    q = PriorityQueue()
    iters = [iter(l) for l in lists]
    for idx, it in enumerate(iters):
        first = next(it, None)
        if first is not None:
            q.push(first, idx)
    out = []
    while q:
        value, idx = q.pop()
        out.append(value)
        nxt = next(iters[idx], None)
        if nxt is not None:
            q.push(nxt, idx)
    return out
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
def dijkstra(graph, start):
    dist = {start: 0}
    q = PriorityQueue()
    q.push(0, start)
    while q:
        d, node = q.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nbr, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nbr, float("inf")):
                dist[nbr] = nd
                q.push(nd, nbr)
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": [("E", 3)]}
print(sorted(dijkstra(g, "A").items()))
