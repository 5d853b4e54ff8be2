# re: Match objects.
import re

m = re.search(r'(?P<first>\w+)\s+(?P<last>\w+)(?P<opt>!)?', '  John Smith  ')
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=''))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('opt'), m.start('opt'))
print(m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\2, \1 (\g<first>) [\g<0>]'))
for bad in (5, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)

# lastindex: the group closed last
for pat, s in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b*)', 'a'), (r'(a)|(b)', 'b'),
               (r'(?:(a)|(b))+', 'ab'), (r'(?:(a)|(b))+', 'ba'), (r'x', 'x'), (r'(a)(x)?', 'a'), (r'((a)|(b))', 'b')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)
print(re.match(r'(?P<a>x)(?P<b>y)', 'xy').lastgroup)

m = re.match(r'(a)(b)?', 'ac')
print(m.groups(), m.span(2), m.start(2), m.group(2), m[2])
m = re.match(b'(\\w+) (\\w+)', b'hello world')
print(m, m.group(2), m.groups(), m.span(1))
m = re.match(r'.*', '')
print(m, m.span(), bool(m))
m = re.compile(r'\d+').search('abc 123 def', 2, 9)
print(m, m.pos, m.endpos)
print(re.compile('').search('abc', 5).pos, re.compile('').search('abc', -5, 100).endpos)
print(re.compile('a').search('abc', 2, 1))
print(re.search(r'x', 'a' * 300 + 'x'))
print(repr(re.match(r"'", "'")), repr(re.match(r'.+', 'a\nb\tc')), re.match(r'.{3}', 'éçà'))
