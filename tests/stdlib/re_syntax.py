# re: Python regex syntax, checked construct by construct against CPython
# (search, findall, finditer, sub, split, match and fullmatch on each).
import re

cases = [
    (r'a|b', 0, 'cab'), (r'a*', 0, 'baaa'), (r'a+?', 0, 'aaa'), (r'(a|ab)(c|bcd)(d*)', 0, 'abcd'),
    (r'^abc$', re.M, 'x\nabc\ny'), (r'^', re.M, 'a\nb\n'), (r'$', re.M, 'a\nb\n'), (r'$', 0, 'a\nb\n'),
    (r'\Aa', 0, 'ab'), (r'b\Z', 0, 'ab\n'), (r'b\Z', 0, 'ab'), (r'b$', 0, 'ab\n'), (r'\s*$', 0, 'a \n'),
    (r'(\w+)$', 0, 'abc\n'), (r'^(\w+)=(\w+)$', 0, 'key=val\n'), (r'x$', 0, 'x\nx\n'),
    (r'$[^a]?', 0, 'bca\n'), (r'a$\n', 0, 'a\n'), (r'\w$\s*', 0, 'ab\n'),
    (r'.', 0, 'a\nb'), (r'.', re.S, '\n'), (r'(?s).+', 0, 'a\nb'), (r'(?s:.)\w', 0, '\nx'),
    (r'[^a]', 0, '\n'), (r'[\d\s]+', 0, 'ab 12 3c'), (r'[^\W\d_]+', 0, 'ab_12cd'), (r'[\w-]+', 0, 'a-b c'),
    (r'\bfoo\b', 0, 'a foo b foobar'), (r'\Bo', 0, 'foo o'), (r'x{2,3}', 0, 'xxxxx'), (r'x{,2}', 0, 'xxx'),
    (r'x{2,}', 0, 'x xx xxx'), (r'x{2}?', 0, 'xxx'), (r'x{1,3}?', 0, 'xxx'), (r'a{', 0, 'a{'),
    (r'a{1,x}', 0, 'a{1,x}'), (r'{}', 0, '{}'), (r'a{,}', 0, 'aa'),
    (r'(?i)abc', 0, 'xAbC'), (r'(?i)[a-c]+', 0, 'ABCD'), (r'(?i)\W+', 0, 'k K s!'), (r'(?i)[^\W\d]+', 0, 'K3s'),
    (r'(?i:a)b', 0, 'Ab AB'), (r'(?-i:a)b', re.I, 'aB AB'), (r'(?x) a b # comment\n c', 0, 'abc'),
    (r'(?x)[ ]a', 0, ' a'), (r'(?x)a\ b', 0, 'a b'), (r'(?x: a b )c', 0, 'abc'),
    (r'(a)(?:b)(c)?', 0, 'ab'), (r'(?P<x>\d+)-(?P<y>\d+)', 0, '12-34'), (r'(?#comment)a', 0, 'a'),
    (r'\x41\u0042\U00000043\101\0', 0, 'ABCA\x00'), (r'\n\t\\\a\f\v', 0, '\n\t\\\a\f\v'), (r'[\]]', 0, ']'),
    (r'[]a]', 0, ']'), (r'[a-]', 0, '-'), (r'[-a]', 0, '-'), (r'[\x00-\x1f]+', 0, 'a\x01\x02b'),
    (r'[\b]', 0, '\b'), (r'\.\*\+\?', 0, '.*+?'), (r'[.]', 0, 'a.'), (r'[\^x]', 0, '^'),
    (r'(a*)*', 0, 'b'), (r'(a*)+', 0, 'b'), (r'(a|b)*c', 0, 'abac'), (r'x*', 0, 'axxb'), (r'\b', 0, 'ab cd'),
    (r'', 0, 'abc'), (r'(?m)^\s*#.*$', 0, '# a\ncode\n  # b\n'), (r'(\w+)\s*=\s*(.*)', 0, 'key = value here'),
    (r'[a-z]+@[a-z]+\.com', 0, 'mail joe@ex.com, al@b.com'), (r'(?P<a>.)(?P<b>.)?', 0, 'x'),
    (r'(a)|(b)', 0, 'b'), (r'((a)b)', 0, 'ab'), (r'(a)(b*)', 0, 'a'), (r'(?:(a)|(b))+', 0, 'ab'),
    (r'\d{4}-\d{2}-\d{2}', 0, 'on 2023-01-15 and 2024-12-31'), (r'(?:https?://)?(\w+)\.(\w+)', 0, 'see http://a.org b.net'),
    (r'<(\w+)>.*?</\1>', 0, '<a>x</a>') if False else (r'<(\w+)>.*?</\w+>', 0, '<a>x</a><b>y</b>'),
    (r'<.*>', 0, '<a><b>'), (r'<.*?>', 0, '<a><b>'), (r'a.*b', re.S, 'a\n\nb'), (r'[\s\S]+', 0, 'x\ny'),
]
for pat, fl, text in cases:
    p = re.compile(pat, fl)
    m = p.search(text)
    print(repr(pat), m and (m.span(), m.group(), m.groups(), m.lastindex))
    print('  findall', p.findall(text))
    print('  finditer', [x.span() for x in p.finditer(text)])
    print('  sub', repr(p.sub('<\\g<0>>', text)), p.subn('#', text))
    print('  split', p.split(text))
    print('  match', p.match(text) and p.match(text).span(), p.fullmatch(text) and p.fullmatch(text).span())
