# Slicing sequences: start/stop/step, negative indices and steps, out-of-range bounds.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2])
print(s[-3:], s[:-3], s[-5:-2], s[-1:-4:-1], s[100:], s[-100:2], s[5:2], s[2:100:4])
print(s[None:None:None], s[slice(1, 4)], s[slice(None, None, -2)])
t = tuple("abcdef")
print(t[1:4], t[::-1], t[-2:])
st = "hello world"
print(st[:5], st[6:], st[::-1], st[::2], st[-5:], st[3:3], st[len(st):])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:4], list(range(10)[-3:]))
b = b"abcdef"
print(b[1:3], b[::-1], b[-1:])
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], "abcdefghijk"[sl])
print(slice(5), slice(None), slice(1, 2) == slice(1, 2))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
copy = s[:]
copy.append(99)
print(len(s), len(copy), copy is s)
def rotate(lst, k):
    k %= len(lst)
    return lst[k:] + lst[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks("abcdefgh", 3), chunks(list(range(7)), 2))
print("racecar"[::-1] == "racecar", s[-1::-1][:3], s[3:-3][::-1])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, 0])
