# TypeErrors from operators with incompatible operand types.
five, text, nothing, lst = 5, "abc", None, [1, 2]
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: "a" * 2.0,
    lambda: None + 1,
    lambda: -"x",
    lambda: ~1.5,
    lambda: 2 ** "x",
    lambda: "a" / 2,
    lambda: 1 << 1.0,
    lambda: [] & [],
    lambda: {1} + {2},
    lambda: len(5),
    lambda: five(),
    lambda: text(),
    lambda: nothing[0],
    lambda: five[0],
    lambda: {}[[]],
    lambda: hash([]),
    lambda: {{1}: 1},
    lambda: iter(5),
    lambda: next([1]),
    lambda: abs("x"),
    lambda: text[1.0],
    lambda: lst[None],
    lambda: int([1]),
]
for f in cases:
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
