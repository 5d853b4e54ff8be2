# json.loads: values, hooks, bytes input, and round trips, as CPython.
import json

docs = ['{"a":[1,2,{"b":null}]}', '  \t\n[true,false,null] ', '123456789012345678901234567890', '1E400', '-0',
        '-0.0', '1e-400', '"\\/"', '{"":1}', '"\\ud800"', '"\\ud83d\\ude00"', '"\\ud83dx"', '"\\ud83d\\u0041"',
        '[1.5, -2e3, 0.1, 12345678901234567890.5, 1E+2, 1e-2, 0]', 'NaN', 'Infinity', '-Infinity',
        '{"a": 1, "a": 2}', '"\\u00e9\\n\\t\\"\\\\\\b\\f\\r"', '"é😀"', '[[[]]]', '{"a":{"b":{}}}', '  "x"  ',
        '[-1, -12, 9007199254740993, -9223372036854775809]', '3.141592653589793', '"\\u0000"']
for d in docs:
    print(repr(d), repr(json.loads(d)))
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"a": 1}', object_hook=len, object_pairs_hook=lambda p: 'pairs win'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[1.0, 2]', parse_float=float, parse_int=int))
print(repr(json.loads('"a\tb"', strict=False)))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"k": 2}')))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'\xfe\xff\x00[\x002\x00]'))
print(json.loads(b'[\x003\x00]\x00'), json.loads(b'\x00[\x004\x00]'))
print(json.loads(b'\xff\xfe\x00\x00[\x00\x00\x005\x00\x00\x00]\x00\x00\x00'))
print(json.loads(b'[\x00\x00\x006\x00\x00\x00]\x00\x00\x00'), json.loads(b'\x00\x00\x00[\x00\x00\x007\x00\x00\x00]'))
nested = json.loads('[' * 500 + ']' * 500)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)
value = {'list': [1, 2.5, 'three', None, True], 'nested': {'x': {'y': [{}]}}, 'unicode': 'ü€😀', 'big': 2**70}
for kwargs in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
    print(json.loads(json.dumps(value, **kwargs)) == value)
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(keys[0].keys() == keys[1].keys())
print(json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
