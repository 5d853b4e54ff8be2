# Comprehension scoping: own scope, first iterable evaluated outside, closures over loop var.
x = "module"
squares = [x * 2 for x in range(3)]
print(x, squares)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [[i * j for j in items] for i in items]
print(g())
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    scale = 3
    shifted = [d + offset for d in data for offset in [1]]
    try:
        scaled = [d * scale for d in data]
    except NameError as e:
        scaled = "class variables are not visible inside the comprehension: " + str(e)
print(C.doubled, C.shifted, C.scaled)
def lazy():
    gen = (i * 10 for i in range(3))
    return gen
gen = lazy()
print(next(gen), list(gen))
log = []
def src(n):
    log.append(f"src({n})")
    return range(n)
g2 = (a for a in src(3))
print(log)
print(list(g2))
def reuse():
    result = [i for i in range(3)]
    try:
        return i
    except NameError as e:
        return "NameError: " + str(e)
print(reuse())
total = 0
for i in [sum(j for j in range(k)) for k in range(5)]:
    total += i
print(total)
print([[y for y in range(x)] for x in range(4)])
