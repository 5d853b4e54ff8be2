# re: the module functions and Pattern methods on ordinary patterns.
import re

print(re.match(r'(\w+) (\w+)', 'hello world'))
print(re.match(r'world', 'hello world'))
print(re.search(r'world', 'hello world'))
print(re.fullmatch(r'\d+', '12345'), re.fullmatch(r'\d+', '123a'))
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b2c3'))
print(re.findall(r'(\w)\d', 'a1b2c3'))
print(re.findall(r'(a)|(b)', 'ab'))
print([m.span() for m in re.finditer(r'\d', 'a1b2c3')])
print(re.sub(r'\s+', ' ', '  lots   of\tspace  '))
print(re.subn(r'o', '0', 'foo boo'))
print(re.sub(r'o', '0', 'foo boo', count=2), re.sub(r'o', '0', 'foo boo', 1))
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'\s+', 'a b  c d', maxsplit=2))
print(re.split(r'x*', 'axbc'))
print(re.split(r'(?:)', 'abc'))
print(re.escape('a.b*c?d+(e)[f]{g}|h^i$j\\k l#m&n~o-p'))
print(re.escape(b'a.b c'))

p = re.compile(r'(?P<key>\w+)=(?P<value>\w*)')
print(p, p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(p.search('  a=1 b= c=3'))
print(p.findall('a=1 b= c=3'))
print(p.match('xx a=1', 3))
print(p.match('xx a=1', 3, 5))
print(p.search('a=1 b=2', pos=2))
print(p.findall('a=1 b=2 c=3', 2, 7))
print(p.fullmatch('a=1 b', 0, 3))
print(p.sub(r'\g<value>:\g<key>', 'a=1 b=2'))
print(p.split('a=1,b=2'))
print(p == re.compile(r'(?P<key>\w+)=(?P<value>\w*)'), p != re.compile('x'))
print(hash(p) == hash(re.compile(r'(?P<key>\w+)=(?P<value>\w*)')))
print(re.compile('a') is re.compile('a'))
re.purge()

# flags
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)
print(re.I | re.M, re.I | 1024, ~re.I, re.I & re.M, re.I & 3, int(re.I | re.S))
print(re.compile('a', re.I | re.M), re.compile(b'a', re.I), re.compile('a', re.A))
print(re.compile('a').flags, re.compile('(?i)a').flags, re.compile('(?m)a', re.S).flags)
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'^\w', 'ab\ncd'))
print(re.findall(r'a.c', 'a\nc abc', re.S), re.findall(r'a.c', 'a\nc abc'))
print(re.findall(r'''
    (\d+)   # a number
    \s*
    ([a-z]+)  # a word
''', '12 apples 3pears', re.X))
print(re.search('hello', 'HeLLo', re.IGNORECASE))
print(isinstance(re.I, int), re.I == 2, type(re.compile('x').flags))
print(re.Pattern, re.Match, type(re.compile('x')) is re.Pattern, type(re.match('x', 'x')) is re.Match)
