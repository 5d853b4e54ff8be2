a if b else c
a if b else c if d else e
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda *, k: k
lambda x, /, y: 0
(lambda: (yield))
