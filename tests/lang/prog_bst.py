# A binary search tree: insert, search, delete, traversals, height, iteration, and validation.
class Node:
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, val=None):
        def _ins(node):
            if node is None:
                self.size += 1
                return Node(key, val)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.val = val
            return node
        self.root = _ins(self.root)
    def find(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def preorder(self):
        def walk(n):
            if n:
                yield n.key
                yield from walk(n.left)
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __len__(self):
        return self.size
    def __contains__(self, key):
        try:
            self.find(key)
            return True
        except KeyError:
            return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t), len(t), t.height(), t.preorder())
print(t.find(45), 45 in t, 46 in t)
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, "->", list(t), "root", t.root.key)
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
skewed = BST()
for k in range(50):
    skewed.insert(k)
print(skewed.height(), sum(skewed))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print(list(words), words.find("quick"), len(words))
