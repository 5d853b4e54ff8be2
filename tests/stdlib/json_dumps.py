# json.dumps: CPython's exact output for every kind of value and option.
import json

print(json.dumps([1, 2.5, -0.0, 1e16, 1e-7, 123456789012345678901234567890, True, False, None]))
print(json.dumps('a\u00e9\u20ac\U0001f600\x7f\x1f"\\\n\r\t\b\f/'))
print(json.dumps('a\u00e9\u20ac\U0001f600\x7f\x1f"\\\n', ensure_ascii=False))
print(json.dumps('\ud800 lone surrogate'), json.dumps('\udfff', ensure_ascii=False) == '"\udfff"')
print(json.dumps([float('inf'), -float('inf'), float('nan')]))
print(json.dumps({'k': [1, {'n': None}], 'e': {}, 'l': [], 't': ()}))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', False: 'no', 10**20: 'big'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({'a': 1, 'b': [1, 2, {}], 'c': {}, 'd': []}, indent=2))
print(json.dumps([1, [2, [3]]], indent='--'))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=0))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=-1))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=1, separators=(' ,', ' = ')))
print(json.dumps({(1, 2): 3, 'a': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({'s': {1, 2}, 'b': b'x'}, default=lambda o: sorted(o) if isinstance(o, set) else o.decode()))
print(json.dumps(float('nan'), allow_nan=True), json.dumps([1, [1]], check_circular=False))

class MyInt(int):
    def __repr__(self):
        return 'nope'
class MyFloat(float):
    def __repr__(self):
        return 'nope'
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyDict(a=1), MyList([1]), (1, 2)]))
print(json.dumps({MyStr('k'): MyInt(3)}))
print(json.dumps('x' * 3), json.dumps(''), json.dumps([]), json.dumps({}), json.dumps(0))
print(json.dumps([{'id': i, 'v': i / 4} for i in range(5)]))
big = {'users': [{'name': 'user%d' % i, 'tags': ['a', 'b'], 'score': i * 1.5, 'ok': i % 2 == 0} for i in range(3)]}
print(json.dumps(big, indent=4, sort_keys=True))
print(json.dumps(json.loads(json.dumps(big))) == json.dumps(big))
