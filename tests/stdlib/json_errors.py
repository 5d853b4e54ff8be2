# json: JSONDecodeError messages and positions, TypeError and ValueError
# from the encoder, and argument errors, as CPython.
import json

bad = ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1,}', '{"a" 1}', '{1:2}',
       '{"a":1 "b":2}', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"\\u12345', '"\\ud83d\\uzzzz"', '"a\nb"',
       'tru', 'nul', 'fals', 'nan', '-', '-x', '01', '1.', '1e', '1.5e+', '[1]x', '[1] [2]', '\ufeff[]', '1\n2',
       'x\n\n  y', '"\\', '["a\\', '[1,2', '{"a":1', '{"a":}', ']', '}', '"é" x', '[\n1,\n2\n,]', '{"é":1,"x"}',
       '"\x01"', '[1]]', 'infinity', '+1', '.5', '0x10', '1_000', '[01]', "{'a': 1}", '"\\x41"']
for doc in bad:
    try:
        print(repr(doc), 'ok', json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError))

l = []
l.append(l)
d = {}
d['self'] = d
calls = [lambda: json.dumps({1, 2}), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(b'x'),
         lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False),
         lambda: json.dumps({'x': float('inf')}, allow_nan=False), lambda: json.dumps({float('nan'): 1}, allow_nan=False),
         lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True), lambda: json.dumps(l), lambda: json.dumps(d),
         lambda: json.dumps([d]), lambda: json.dumps(1, 2), lambda: json.dumps(), lambda: json.dumps(1, foo=1),
         lambda: json.loads(1), lambda: json.loads(), lambda: json.loads('1', 2), lambda: json.loads('1', bar=1),
         lambda: json.loads(None), lambda: json.dumps(1, default=lambda o: o, indent=1.5),
         lambda: json.dumps(object(), default=lambda o: o), lambda: json.dumps(set(), default=lambda o: 1 / 0),
         lambda: json.loads('[1.5]', parse_float=lambda s: 1 / 0), lambda: json.loads('{}', object_hook=lambda d: d[1]),
         lambda: json.dumps(10 ** 5000), lambda: json.loads('1' * 5000), lambda: json.loads(b'\x81')]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ':', str(e)[:120])
