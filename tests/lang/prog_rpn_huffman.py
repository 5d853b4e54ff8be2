# An RPN calculator with error handling, and Huffman coding with a hand-made priority list.
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"not enough operands for {tok}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack: {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ dup *", "1.5 2 *", "1 0 /", "1 +", "1 2", "2 x +"]:
    try:
        print(f"{e!r:24} -> {rpn(e)}")
    except ZeroDivisionError as err:
        print(f"{e!r:24} -> ZeroDivisionError: {err}")
    except ValueError as err:
        print(f"{e!r:24} -> ValueError: {err}")
def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        (n1, _, a), (n2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(n1 + n2, counter, (a, b))]
        counter += 1
    codes = {}
    def walk(tree, prefix):
        if isinstance(tree, str):
            codes[tree] = prefix or "0"
        else:
            walk(tree[0], prefix + "0")
            walk(tree[1], prefix + "1")
    walk(nodes[0][2], "")
    return codes
text = "this is an example of a huffman tree"
codes = huffman_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
encoded = "".join(codes[c] for c in text)
print(len(encoded), "bits vs", 8 * len(text))
decode_map = {v: k for k, v in codes.items()}
buf, out = "", []
for bit in encoded:
    buf += bit
    if buf in decode_map:
        out.append(decode_map[buf])
        buf = ""
print("".join(out) == text, huffman_codes("aaaa"))
