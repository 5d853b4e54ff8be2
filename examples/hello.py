# The first script a new frost user runs: a little of everything.

def greet(names):
    for i, name in enumerate(sorted(names), 1):
        yield f"{i}. Hello, {name}!"


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


for line in greet(["world", "frost", "Python"]):
    print(line)

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter()
for w in text.split():
    c.add(w)
print("most common:", c.most_common(3))
print("2**100 =", 2 ** 100)
print("squares:", [x * x for x in range(10) if x % 2])
