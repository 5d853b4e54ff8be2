# re: invalid patterns raise re.error with CPython's message and position;
# wrong argument types raise TypeError.
import re

bad = [r'(', r')', r'a)', r'*', r'+a', r'a**', r'a{3}{2}', r'[a', r'[z-a]', r'[\w-z]', r'[a-\d]', r'\q',
       r'\x4', r'\u12', r'\U0011FFFF', r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?<x', r'(?(1)a|b)',
       r'(?(x)a|b)', r'(?(0)a)', r'(?(a-b)c)', r'(?z)', r'(?i-i:a)', r'a(?i)b', r'(?L)a', r'(?au)a',
       r'(?#abc', r'\1', r'(a)\2', r'(a\1)', r'(?P<a', r'(?P', r'(?Px)', 'a\\', r'[\d-z]', r'(?-a:x)',
       r'x{4294967296}', 'ab\n(c', '(?x)a\nb(', r'(?<a>x)', r'(?P<a>x)(?P=a', r'[]', r'\08', r'\400',
       r'[\400]', r'\9', r'(?', r'(?i)(?m)x', r'x(?i)', r'x{2,1}', r'(?P<a>)(?P<b>', r'(?P<>x)', r'(?P=)',
       r'[a-]]', r'a||b', r'(|)', r'^*', r'\b+', r'(?i', r'(?-', r'(?i-', r'(?-i', r'(?-:', r'(?i-z:a)']
for pat in bad:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups)
    except re.error as e:
        print(repr(pat), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
for args in [(b'(',), (b'\xff(',), (b'(?u)a',), ('a', re.L), ('a', re.A | re.U), (b'a', re.U), ('a', 'x'),
             (1,), (None,), (b'\\w', re.L | re.A)]:
    try:
        re.compile(*args)
        print(args, 'ok')
    except Exception as e:
        print(args, type(e).__name__, e)
e = re.error('boom', 'a\nbc', 3)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__module__)
print(re.error('plain'), re.error('plain').pos)

calls = [lambda: re.match(1, 'a'), lambda: re.match('a', 1), lambda: re.match('a', b'a'),
         lambda: re.match(b'a', 'a'), lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 'x'),
         lambda: re.match(), lambda: re.match('a'), lambda: re.sub('a', 'b'), lambda: re.findall('a', 'a', 0, 1),
         lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a').search(string='a', pos=0, endpos=1, x=1),
         lambda: re.split('a', 'bab', maxsplit='x'), lambda: re.escape(1), lambda: re.match([1], 'a'),
         lambda: re.match('(a)', 'a').group(1, 2), lambda: re.match('a', 'a').groups(1, 2), lambda: re.Match(),
         lambda: re.Pattern(), lambda: type(re.finditer('a', 'a'))()]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(re.compile(re.compile('ab')), re.match(re.compile('a'), 'ab'))
