# re: what frost's RE2-based re does differently from CPython, on purpose.
# This test is frost-only: its expected output was written for frost, not
# produced by CPython (which accepts these constructs, and would backtrack
# for hours on the hostile inputs below).
#
# 1. Constructs that need backtracking raise re.error naming the construct.
# 2. Every pattern matches in time linear in the subject, so a hostile
#    pattern or input cannot hang a server.
# 3. RE2's limit on counted repetition (1000) is reported as re.error.
import re

unsupported = [r'(a)\1', r'(?P<n>a)(?P=n)', r'(?=a)', r'(?!a)', r'x(?<=a)', r'x(?<!a)', r'(a)?(?(1)b|c)',
               r'a*+', r'a++', r'a?+', r'a{1,3}+', r'(?>ab)', r'a{1001}', r'a{5,2000}', r'\N{EM DASH}',
               r'(?:a{100}){100}', r'ok(?=a']
for pat in unsupported:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '->', e.msg, '| pos', e.pos)

# A malformed pattern gets CPython's syntax error, not the unsupported one.
try:
    re.compile(r'(?=a)[b')
except re.error as e:
    print(e)

# Catastrophic backtracking patterns run in linear time.
n = 100000
print(re.match(r'(a+)+$', 'a' * n + 'b'))
print(re.search(r'(x+x+)+y', 'x' * n))
print(re.fullmatch(r'(a|aa)*c', 'a' * n + 'c').span())
print(len(re.findall(r'(\w+\s?)*$', 'word ' * 20000 + '!')))
print(re.sub(r'(.*)*b', 'X', 'a' * n) == 'a' * n)
print(re.search(r'(?:a*)*b', 'a' * n))
