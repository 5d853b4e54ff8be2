# printf-style % formatting.
print("%s is %d years old" % ("Alice", 30))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%s %r %a" % ("é", "é", "é"))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("100%% sure", "%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|" % (6, 7, 4, 8))
print("%d%%" % 50)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % None, "%s" % True, "%d" % True, "%r" % None)
rows = [("widget", 3, 2.5), ("gadget", 10, 0.75)]
for name, q, p in rows:
    print("%-8s x%3d @ %6.2f = %7.2f" % (name, q, p, q * p))
