# Benchmark: closures (cells, nonlocal), lambdas, and list/dict/set comprehensions.
def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


def compose(f, g):
    return lambda x: f(g(x))


def closures(n):
    inc = make_counter()
    adders = make_adders(10)
    double_then_add = compose(adders[3], lambda x: x * 2)
    total = 0
    for i in range(n):
        inc(1)
        total += adders[i % 10](i) + double_then_add(i & 255)
    return inc(0), total % 1000003


def comprehensions(rounds):
    acc = 0
    for r in range(rounds):
        squares = [x * x for x in range(300) if x % 3]
        lookup = {x: x % 17 for x in squares}
        uniq = {v for v in lookup.values()}
        grid = [[i * j for j in range(20)] for i in range(20)]
        flat = [v for row in grid for v in row if v & 1]
        acc += len(squares) + len(lookup) + len(uniq) + sum(flat) % 97 + r
    return acc


print("closures", closures(3000000))
print("comprehensions", comprehensions(7000))
