# Benchmark: allocating many small objects, tuples, lists and dicts that die young.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_points(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        q = Point(p.y, p.x)
        total += q.x - p.x
    return total


def make_tuples(n):
    acc = 0
    for i in range(n):
        t = (i, i * 2, (i, "x"))
        acc += t[1] + t[2][0]
    return acc


def make_lists(n):
    acc = 0
    for i in range(n):
        lst = [i, i + 1, i + 2]
        lst.append(i)
        acc += len(lst) + lst[-1]
        d = {"a": i, "b": lst}
        acc += d["a"]
    return acc


def keep_some(n):
    kept = []
    for i in range(n):
        node = [i, None]
        if i % 10 == 0:
            kept.append(node)
    return len(kept)


print("points", make_points(1600000))
print("tuples", make_tuples(2000000))
print("lists", make_lists(1500000))
print("kept", keep_some(2000000))
