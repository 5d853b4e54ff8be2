# A deterministic bank-queue simulation driven by a hand-written linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
    def choice(self, seq):
        return seq[self.next() % len(seq)]
    def shuffle(self, lst):
        for i in range(len(lst) - 1, 0, -1):
            j = self.next() % (i + 1)
            lst[i], lst[j] = lst[j], lst[i]
rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(15)])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], len(set(deck)))
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None
def simulate(n_customers, n_tellers, seed):
    rng = LCG(seed)
    t, customers = 0, []
    for i in range(n_customers):
        t += rng.randint(0, 4)
        customers.append(Customer(i, t, rng.randint(2, 9)))
    tellers = [0] * n_tellers
    for c in customers:
        k = min(range(n_tellers), key=lambda i: tellers[i])
        c.start = max(c.arrival, tellers[k])
        c.end = c.start + c.service
        tellers[k] = c.end
    waits = [c.start - c.arrival for c in customers]
    return {
        "tellers": n_tellers,
        "avg_wait": round(sum(waits) / len(waits), 2),
        "max_wait": max(waits),
        "finish": max(c.end for c in customers),
        "idle_served": sum(1 for w in waits if w == 0),
    }
for tellers in (1, 2, 3, 4):
    print(simulate(200, tellers, seed=7))
walk, pos, visits = LCG(99), 0, {}
for _ in range(1000):
    pos += walk.choice([-1, 1])
    visits[pos] = visits.get(pos, 0) + 1
print(pos, min(visits), max(visits), max(visits.values()), len(visits))
inside = 0
mc = LCG(1)
N = 4000
for _ in range(N):
    x, y = mc.next() / 2 ** 31, mc.next() / 2 ** 31
    if x * x + y * y <= 1:
        inside += 1
print("pi estimate:", 4 * inside / N)
