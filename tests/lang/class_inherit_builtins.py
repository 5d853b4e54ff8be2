# Subclassing built-in types: list, dict, str, int and Exception, overriding and extending behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), isinstance(s, list), type(s).__name__, s + [9], type(s + [9]).__name__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad.get("c", 3), hasattr(ad, "zzz"), list(ad.items()))
class CountingDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
cd = CountingDict()
for ch in "banana":
    cd[ch] += 1
print(cd, cd["z"], len(cd))
class Name(str):
    def greet(self):
        return "Hello, " + self.title()
n = Name("ada lovelace")
print(n.greet(), n.upper(), type(n.upper()).__name__, n == "ada lovelace", len(n), n[:3])
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e + 1, type(e + 1).__name__, e.half(), isinstance(e, int), e * 2)
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)
class Tags(set):
    def add(self, tag):
        super().add(tag.lower())
t = Tags()
for tag in ["Python", "PYTHON", "vm"]:
    t.add(tag)
print(sorted(t), len(t))
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
    def __str__(self):
        return f"{self.status} {self.args[1]}"
try:
    raise HttpError(404, "Not Found")
except Exception as err:
    print(err, repr(err), err.status, err.args)
class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)
sl = SortedList([5, 1, 4])
for x in [3, 0, 9, 4]:
    sl.add(x)
print(sl, sl[0], sl[-1], 4 in sl, sl.count(4))
