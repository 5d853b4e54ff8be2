[x for x in y]
[x for x in y if x if z]
[x * y for x in a for y in b if x < y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[[y for y in x] for x in z]
[x for x, in y]
[(a, b) for a, *b in c]
[y := f(x) for x in z]
