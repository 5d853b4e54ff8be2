def gen(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return i

def chain(*its):
    for it in its:
        yield from it
