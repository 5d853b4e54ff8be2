# Lists used as stacks and queues: bracket matching, undo history, BFS queue, rotating buffer.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]} at {stack[-1][1]}"
for s in ["(a[b]{c})", "(]", "((", "{[()()]}", "", "x)"]:
    print(repr(s), balanced(s))
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []
    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s
    def undo(self):
        if self.undo_stack:
            self.redo_stack.append(self.text)
            self.text = self.undo_stack.pop()
    def redo(self):
        if self.redo_stack:
            self.undo_stack.append(self.text)
            self.text = self.redo_stack.pop()
e = Editor()
for word in ["hello", " world", "!"]:
    e.type(word)
e.undo(); e.undo()
print(repr(e.text))
e.redo()
print(repr(e.text))
e.type("?")
e.redo()
print(repr(e.text), len(e.undo_stack), len(e.redo_stack))
queue = ["a", "b", "c"]
queue.append("d")
served = [queue.pop(0) for _ in range(2)]
print(served, queue)
def josephus(n, k):
    people = list(range(1, n + 1))
    idx, order = 0, []
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
buf, cap = [], 4
for i in range(10):
    buf.append(i)
    if len(buf) > cap:
        buf.pop(0)
print(buf)
def eval_postfix(tokens):
    st = []
    for t in tokens:
        if isinstance(t, int):
            st.append(t)
        else:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b}[t])
    return st.pop()
print(eval_postfix([2, 3, "+", 4, "*", 5, "-"]))
stack = [1, 2, 3]
stack.extend([4, 5])
print(stack.pop(), stack.pop(), stack[-1], stack)
