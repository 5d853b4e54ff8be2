# Deep recursion raises RecursionError, which can be caught; the program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
    print(isinstance(e, RuntimeError))
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
depth = count_depth(0)
print("depth reached is large:", depth > 500)
def ok_recursion(n):
    return 0 if n == 0 else 1 + ok_recursion(n - 1)
print(ok_recursion(500))
class Node:
    def __init__(self, child=None):
        self.child = child
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
head = None
for _ in range(200):
    head = Node(head)
print(head.size())
class SelfRef:
    def __getattr__(self, name):
        return getattr(self, "x_" + name)
try:
    SelfRef().y
except RecursionError as e:
    print("__getattr__ loop:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
for attempt in range(3):
    try:
        mutual_a(0)
    except RecursionError:
        print("attempt", attempt, "caught")
print("still running:", ok_recursion(100))
