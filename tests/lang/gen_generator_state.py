# Generators keep their local state between resumptions; several independent generators interleave.
def counter(name, start):
    n = start
    while True:
        received = yield f"{name}:{n}"
        n += received if received is not None else 1
a, b = counter("a", 0), counter("b", 100)
print(next(a), next(b), next(a), a.send(10), next(b), b.send(-50), next(a))
class Tokens:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        word = ""
        for ch in self.text:
            if ch.isalnum():
                word += ch
            else:
                if word:
                    yield word
                    word = ""
                if not ch.isspace():
                    yield ch
        if word:
            yield word
t = Tokens("x = foo(1, bar) + 42;")
print(list(t), len(list(t)))
def stateful_filter():
    seen = set()
    item = yield
    while True:
        if item in seen:
            item = yield False
        else:
            seen.add(item)
            item = yield True
f = stateful_filter()
next(f)
print([f.send(x) for x in [1, 2, 1, 3, 2, 4]])
def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b
g = fib_pairs()
for _ in range(10):
    pair = next(g)
print(pair, next(g))
gens = [counter(str(i), i * 10) for i in range(3)]
print([next(x) for x in gens], [next(x) for x in gens])
def round_robin(*iterables):
    its = [iter(i) for i in iterables]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(round_robin("ABC", "d", "EF")))
def gen_with_locals():
    total = 0
    for i in range(1, 4):
        total += i
        yield {"i": i, "total": total}
print([d for d in gen_with_locals()])
def lazy_squares():
    print("  (started)")
    for i in range(3):
        print(f"  (computing {i})")
        yield i * i
sq = lazy_squares()
print("created")
print(next(sq))
print(list(sq))
