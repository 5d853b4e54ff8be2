# Benchmark: 5 rounds of 200,000 two-element garbage cycles, created and collected.
import gc


class Node:
    pass


gc.disable()
found = 0
for _ in range(5):
    for i in range(200000):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    found += gc.collect() > 0
print("rounds that found garbage", found)
