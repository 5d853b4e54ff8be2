# Benchmark: sorting lists of ints, tuples and strings, with key= and reverse=.
def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out


def run():
    checksum = 0
    ints = lcg_list(300000, 42)
    for _ in range(8):
        s = sorted(ints)
        checksum += s[0] + s[-1] + s[len(s) // 2]
    s = sorted(ints, reverse=True)
    checksum += s[10]
    pairs = [(v % 1000, v) for v in ints[:100000]]
    pairs.sort()
    checksum += pairs[500][1]
    by_key = sorted(ints[:100000], key=lambda v: (v % 997, -v))
    checksum += by_key[0] + by_key[-1]
    words = [str(v) for v in ints[:60000]]
    words.sort(key=len)
    checksum += len(words[0]) + int(words[-1]) % 1000
    words.sort()
    checksum += int(words[0]) % 1000
    return checksum


print("checksum", run())
