import sys

class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('empty')
        return self.items.pop()

def main(argv=None):
    s = Stack()
    for i in range(10):
        s.push(i * i)
    total = sum(s.pop() for _ in range(5))
    print(f'total={total:>6}', file=sys.stderr)
    return 0 if total else 1

if __name__ == '__main__':
    sys.exit(main())
