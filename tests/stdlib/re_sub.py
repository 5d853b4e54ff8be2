# re: sub/subn replacement templates and callables, and empty matches.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example bob@site'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcd'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(repr(re.sub('a', r'\0-\012', 'a')), re.sub(r'(a)', r'[\1\101]', 'a'))
print(repr(re.sub('a', r'\n\t\\\a\b\f\v\r', 'a')))
print(re.sub('a', r'\-\.\ ', 'a'))
print(re.sub(r'(a)(b)?', r'[\2]', 'a'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\d+', lambda m: None, 'a1b2'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('', '-', 'abc'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.subn(r'(?m)^', '> ', 'line1\nline2\n'))
print(re.sub('a', 'b', 'aaaa', count=-1), re.sub('a', 'b', 'aaaa', 0))
print(re.sub(b'(a)', b'[\\1]', b'xax'), re.sub(b'a', lambda m: m.group() * 2, bytearray(b'ab')))
print(re.compile('a').sub('b', 'cac'), re.compile('a').subn(repl='b', string='cac', count=1))
s = 'unchanged'
print(re.sub('zzz', 'y', s) is s, re.sub('zzz', 'y', s) == s)
print(re.match(r'(\w+) (\w+)', 'hello world').expand(r'\2 \1 \g<0>'))

for args in [('a', r'\2', 'a'), ('a', r'\q', 'a'), ('a', r'\g<1', 'a'), ('(?P<x>a)', r'\g<y>', 'a'),
             ('a', r'\g<-1>', 'a'), ('a', r'\g<a b>', 'a'), ('a', '\\', 'a'), ('a', r'\g', 'a'),
             ('a', r'\400', 'a'), ('a', 1, 'a'), ('a', b'x', 'a'), ('a', b'x', 'zzz'), (b'a', 'x', b'a'),
             ('a', lambda m: 1, 'xa'), (b'a', lambda m: 'x', b'a'), ('a', 'x', b'a'), ('a', 'x', 1)]:
    try:
        print(repr(re.sub(*args)))
    except re.error as e:
        print('re.error:', e, '|', e.msg, e.pos, repr(e.pattern))
    except Exception as e:
        print(type(e).__name__ + ':', e)
