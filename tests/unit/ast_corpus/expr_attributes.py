a.b
a.b.c.d
a.b = 1
a.b.c = d.e
(a).b
