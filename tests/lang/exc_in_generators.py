# Exceptions raised inside generators, comprehensions and lambdas propagate to the consumer.
def risky(items):
    for x in items:
        if x == 0:
            raise ValueError("zero found")
        yield 10 // x
g = risky([5, 2, 0, 1])
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("caught", e, "after", got)
print(next(g, "generator is dead after raising"))
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print("comprehension:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("dict comprehension:", e)
try:
    sum(int(s) for s in ["1", "2", "x"])
except ValueError as e:
    print("generator expression:", e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("key function:", e)
try:
    list(map(lambda s: s.upper(), ["a", None]))
except AttributeError as e:
    print("map:", e)
def safe(gen):
    while True:
        try:
            yield next(gen)
        except StopIteration:
            return
        except ValueError as e:
            yield f"<error: {e}>"
            return
print(list(safe(risky([1, 0, 5]))))
def cleanup_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally ran")
for v in cleanup_gen():
    print("value", v)
    break
print("after break")
def inner_catches():
    for x in [1, 0, 2]:
        try:
            yield 1 / x
        except ZeroDivisionError:
            yield "inf"
print(list(inner_catches()))
def converter(values):
    for v in values:
        try:
            yield int(v)
        except ValueError:
            yield None
print(list(converter(["1", "two", "3"])))
