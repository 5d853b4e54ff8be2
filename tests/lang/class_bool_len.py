# Truthiness of instances: __bool__ first, then __len__, default True.
class Always:
    pass
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class BoolWins:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
for o in [Always(), Empty(), Full(), Flag(True), Flag(False), BoolWins()]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class Queue:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop(0)
    def __len__(self):
        return len(self.items)
q = Queue()
for i in range(3):
    q.push(i)
out = []
while q:
    out.append(q.pop())
print(out, len(q), bool(q))
print(Flag(False) or "fallback", Flag(True) and "second", [o for o in [Empty(), Full()] if o][0].__class__.__name__)
print(any([Empty(), Flag(False)]), all([Full(), Always()]))
