# Benchmark: full collections of a heap of 1,000,000 live instances.
import gc


class Record:
    def __init__(self, i):
        self.i = i
        self.tags = None


gc.disable()
heap = [Record(i) for i in range(1000000)]
total = 0
for _ in range(5):
    total += gc.collect()
print("live", len(heap), "unreachable", total)
