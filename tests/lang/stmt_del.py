# del of names, list items, slices, dict keys and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, repr(e))
class C:
    cls_attr = 1
c = C()
c.a = 1
c.b = 2
del c.a
print(c.__dict__)
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(c, "cls_attr"))
a, b, *rest = range(5)
del a, b
print(rest, "a" in dir())
nested = {"k": [1, 2, {"z": 0}]}
del nested["k"][2]["z"]
del nested["k"][0]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
