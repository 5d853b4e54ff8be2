#!/usr/bin/python3
# Generates tests/unit/text_cases.inc: expressions on str and bytes literals
# with the repr() of their value printed by CPython 3.11 (or "ExcType:
# message" when they raise).  test_str.cpp and test_bytes.cpp evaluate the
# same expressions with tests/unit/text_eval.cpp and compare.
#   /usr/bin/python3 tests/unit/gen_text_cases.py > tests/unit/text_cases.inc
# Expressions use the evaluator's grammar (text_eval.h): literals, method
# calls, subscripts, builtins, and + * % == < in evaluated left to right.
import sys
import warnings

warnings.simplefilter("ignore")

STR_CASES = r"""
# repr: quote choice and escapes
repr('')
repr("'")
repr('"')
repr('\'"')
repr('a\nb\tc\\d\re')
repr('\x00\x01\x1f\x7f')
repr('\x80\x9f\xa0\xad')
repr('é中😀')
repr('\u200b\u2028\ufeff\U000e0001')
repr('\ud800')
repr('\U0010ffff')
ascii('é中😀\x7f')
ascii("'é'")
str(b'x')
str(5)
# len, indexing, slicing
len('héllo wörld')
len('😀😀')
'héllo'[1]
'héllo'[-1]
'a😀b'[1]
'héllo'[5]
'abc'[-4]
'abc'['x']
'abc'[1.5]
'héllo wörld'[1:4]
'héllo wörld'[::-1]
'héllo wörld'[::2]
'héllo wörld'[-3:]
'héllo wörld'[7:2:-2]
'abcdef'[1:5:2]
'abcdef'[::-2]
'abcdef'[10:]
'abcdef'[-100:2]
'abc'[1:1]
'中文字符'[1:3]
# operators
'ab' + 'cd'
'ab' + 1
'ab' * 3
3 * 'ab'
'ab' * 0
'ab' * -1
'ab' * 'c'
'ab' * 2.0
'é' * 3
'abc' == 'abc'
'abc' < 'abd'
'a' < 'ab'
'é' > 'z'
'Z' < 'a'
'a' < 1
'bc' in 'abcd'
'' in 'abc'
'x' not in 'abc'
1 in 'abc'
'é' in 'café'
# constructor
str()
str(b'caf\xc3\xa9', 'utf-8')
str(b'a\xffb', 'utf-8', 'replace')
str(b'a\xffb', errors='ignore')
str(1, 'utf-8')
str('a', 'utf-8')
str(b'\xff')
str(b'\xe9', 'latin-1')
# split family
'  the quick  brown\tfox\njumps  '.split()
'  the quick  brown\tfox\njumps  '.split(' ')
'a,b,,c,'.split(',')
'a,b,,c,'.split(',', 2)
'a,b,,c,'.rsplit(',', 2)
'a b c d'.rsplit(None, 1)
'a b c d'.split(maxsplit=2)
'  a b c  '.split(None, 1)
'  a b c  '.rsplit(None, 1)
'  a b c  '.split(maxsplit=0)
'  a b c  '.rsplit(maxsplit=0)
''.split()
''.split(',')
'   '.split()
'abc'.split('abc')
'a--b--c'.split('--')
'1<>2<>3'.rsplit('<>', 1)
'abc'.split('')
'abc'.split(1)
'a\u3000b\u00a0c\x1cd'.split()
'a\x1cb\x1fc\x0bd\x0ce\x1b'.split()
'\x1d a \x1e'.strip()
'\x1d a \x1e'.rsplit(None, 1)
'aéb'.split('é')
'xéyéz'.rsplit('é', 1)
'line one\nline two\r\nline three\rlast'.splitlines()
'line one\nline two\r\nline three\rlast'.splitlines(True)
'trailing\n'.splitlines()
'\n\n'.splitlines()
''.splitlines()
'x\x85y\u2028z\x1cw\x0bq\x0c'.splitlines(keepends=True)
'a\r'.splitlines(True)
'key=value=x'.partition('=')
'key=value=x'.rpartition('=')
'novalue'.partition('=')
'novalue'.rpartition('=')
'a'.partition('')
'a'.partition(1)
','.join(['x', 'y', 'z'])
''.join([])
'-'.join('abc')
', '.join(('é', 'b'))
','.join(['a', 1])
''.join(5)
'ab'.join(['x'])
# strip family
'  \t hello \n '.strip()
'  \t hello \n '.lstrip()
'  \t hello \n '.rstrip()
'xxhixx'.strip('x')
'xyhiyx'.strip('xy')
'abcba'.lstrip('ab')
'abcba'.rstrip('ab')
'www.example.com'.strip('cmowz.')
'\u3000a\u00a0'.strip()
'éaé'.strip('é')
'a'.strip(1)
'a'.strip(None)
'prefix_name'.removeprefix('prefix_')
'name.py'.removesuffix('.py')
'x'.removeprefix('y')
'x'.removesuffix('')
'a'.removeprefix(1)
# search
'abracadabra'.find('a')
'abracadabra'.find('bra')
'abracadabra'.find('z')
'abracadabra'.find('a', 1)
'abracadabra'.find('a', 1, 3)
'abracadabra'.find('')
'abracadabra'.find('', 20)
'abracadabra'.find('', 11)
'abracadabra'.find('a', -3)
'abracadabra'.find('a', None, -8)
'abracadabra'.rfind('a')
'abracadabra'.rfind('bra')
'abracadabra'.rfind('a', 0, 5)
'abracadabra'.rfind('')
'abracadabra'.index('c')
'abracadabra'.rindex('a')
'abracadabra'.index('z')
'abracadabra'.rindex('q')
'abracadabra'.find(1)
'abracadabra'.find('a', 1.5)
'naïve café'.find('é')
'naïve café'.find('a', 3)
'naïve café'.rfind('a', 0, 8)
'naïve café'.index('ï')
'中文中文'.rfind('中')
'abracadabra'.count('a')
'abracadabra'.count('bra')
'abracadabra'.count('')
'abracadabra'.count('a', 5)
'aaaa'.count('aa')
'héé'.count('')
'héé'.count('é', 2)
'abc'.count('', 5)
'abracadabra'.startswith('abra')
'abracadabra'.startswith('bra')
'abracadabra'.startswith('bra', 1)
'abracadabra'.endswith('abra')
'abracadabra'.endswith(('x', 'ra'))
'abracadabra'.startswith(('c', 'a'))
''.startswith('')
'abc'.startswith('', 3)
'abc'.startswith('', 4)
'abc'.endswith('bc', 0, 2)
'abc'.endswith('b', 0, 2)
'héllo'.startswith('él', 1)
'héllo'.endswith('é', 0, 2)
'a'.startswith(1)
'a'.startswith((1,))
# replace
'abracadabra'.replace('a', 'A')
'abracadabra'.replace('a', 'A', 2)
'abracadabra'.replace('', '-')
'abracadabra'.replace('', '-', 3)
'abracadabra'.replace('abra', '')
'abracadabra'.replace('x', 'y')
'héé'.replace('', '|')
'héé'.replace('é', 'e')
'aaa'.replace('a', 'b', 0)
'aaa'.replace('a', 'b', -1)
'a'.replace('a')
'a'.replace(1, 'b')
'a'.replace('a', 1)
# case
'hello world'.upper()
'hElLo WoRLD'.swapcase()
"it's a dog's life".title()
'hELLO wORLD'.capitalize()
'ß straße'.upper()
'ß straße'.title()
'ß straße'.capitalize()
'ß straße'.casefold()
'éCOLE'.lower()
'ﬁ ŉ ǅ'.upper()
'ﬁ ŉ ǆ'.title()
'ǅa'.capitalize()
'ΑΣ ΑΣΑ Σ'.lower()
'ΑΣ, ΑΣ.'.lower()
'ΣΑ'.swapcase()
'ΑΣ'.title()
'İ'.lower()
'ΑΒΓ'.lower()
'αβγ'.upper()
'ﬃ'.casefold()
'ΣΑΣ'.casefold()
'MiXeD 123'.lower()
''.upper()
'a'.upper(1)
# predicates
'abc'.isalpha()
'½'.isnumeric()
'½'.isdigit()
'²'.isdigit()
'²'.isdecimal()
'٣'.isdecimal()
'一二三'.isnumeric()
'abc123'.isalnum()
'½a'.isalnum()
''.isalpha()
'  \t\n'.isspace()
'\x1c\x85\u3000'.isspace()
'\u200b'.isspace()
'ABC'.isupper()
'ABc'.isupper()
'ǅ'.isupper()
'ª'.islower()
'abc1'.islower()
'123'.islower()
'Hello World'.istitle()
'Hello world'.istitle()
'ǅungla'.istitle()
'HeLLo'.istitle()
'_a1'.isidentifier()
'1a'.isidentifier()
'éa'.isidentifier()
'a·'.isidentifier()
''.isidentifier()
'℘'.isidentifier()
'a-b'.isidentifier()
'abc\x7f'.isprintable()
''.isprintable()
'é\u200b'.isprintable()
'é'.isascii()
''.isascii()
# padding
'hi'.center(0)
'hi'.center(3)
'hi'.center(8)
'hi'.center(11)
'odd'.center(6, '-')
'odd'.center(8, '-')
'abc'.center(6, 'é')
'hi'.ljust(5, '.')
'hi'.rjust(5, '*')
'hi'.ljust(1)
'é'.rjust(3, '中')
'x'.center(5, 'ab')
'x'.center(5, 1)
'x'.center('a')
'42'.zfill(5)
'-42'.zfill(5)
'+42'.zfill(5)
'abc'.zfill(2)
''.zfill(3)
'-'.zfill(3)
'é'.zfill(3)
'a\tb\tc'.expandtabs()
'a\tb\tc'.expandtabs(4)
'ab\tc\td'.expandtabs(3)
'a\tb\nc\td'.expandtabs(4)
'é\tb'.expandtabs(4)
'a\tb'.expandtabs(0)
'a\tb'.expandtabs(tabsize=2)
# encode
'héllo'.encode()
'héllo'.encode('utf-8')
'中😀'.encode()
'abc'.encode('ascii')
'é'.encode('latin-1')
'é'.encode('Latin1')
'é'.encode('ascii')
'aéé'.encode('ascii')
'a中'.encode('latin-1')
'x😀y'.encode('ascii')
'é'.encode('ascii', 'replace')
'é'.encode('ascii', 'ignore')
'aé中😀'.encode('ascii', 'backslashreplace')
'aé中😀'.encode('ascii', 'xmlcharrefreplace')
'\udc80'.encode()
'a\udcffb'.encode('utf-8', 'surrogateescape')
'\ud800'.encode('utf-8', 'surrogatepass')
'x'.encode('foo')
'x'.encode(1)
'é'.encode(errors='ignore', encoding='ascii')
# maketrans / translate
str.maketrans('abc', 'xyz')
'aabbcc'.translate(str.maketrans('abc', 'xyz'))
'hello'.translate({108: None, 104: 'J'})
'abc'.translate({97: 'xy', 98: None, 99: 100})
'a'.translate({97: 1.5})
'a'.translate({97: 1114112})
'ab'.translate([None, 'x'])
'héé'.translate({233: 'e'})
str.maketrans('ab', 'c')
str.maketrans({'ab': 1})
str.maketrans(1)
str.maketrans('a', 1)
str.maketrans(1, 'a')
str.maketrans({'a': 'bb', 98: None})
str.maketrans('ab', 'cd', 'e')
# % formatting
'%s is %d years old' % ('Alice', 30)
'%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42)
'%x %X %o %#x %#o %c %c' % (255, 255, 8, 255, 8, 65, 'z')
'%s %r %a' % ('é', 'é', 'é')
'%.3s|%10s|%-10s|' % ('abcdef', 'right', 'left')
'%(name)s has %(n)03d items' % {'name': 'cart', 'n': 7}
'100%% sure'
'%s' % (1,)
'%s' % [1, 2]
'%s' % ((1, 2),)
'%*d|%-*d|' % (6, 7, 4, 8)
'%d%%' % 50
'%d' % 'x'
'%s %s' % ('only one',)
'%s' % (1, 2)
'%s' % None
'%d' % True
'%r' % None
'%-8s x%3d @ %6.2f = %7.2f' % ('widget', 3, 2.5, 7.5)
'%f' % 'x'
'%x' % 1.5
'%c' % 'ab'
'%c' % -1
'%' % 1
'%y' % 1
'ab%(x)s' % 1
'%(x)s' % {}
'%(x' % {'x': 1}
'%*d' % ('a', 1)
'%*d' % (-5, 1)
'%s %s' % [1, 2]
'hi' % [1]
'hi' % 5
'hi' % ()
'%5%|' % (1,)
'%-5d|%+.3d|% 05d|%#o|%#X|%.0f|%#.0f|%e|%G|%g' % (3, 4, 5, 8, 255, 2.5, 2.5, 12345.678, 1e-10, 1e16)
'%05f|%-8.3s|%x|%d|%d' % (1e400, 'abcdef', -255, 3.99, -3.99)
'%f %F %e' % (1e400, -1e400, 2.5)
'%d' % 1000000000000000000000000000000
'%x %o %#x' % (1000000000000000000000000000000, -8, -255)
'%(a)s %(b)r' % {'a': 1, 'b': 'x'}
'%(a)s %s' % {'a': 1}
'%c%c' % (233, 128512)
'%10c|' % 'x'
'%i %u' % (1, 2)
'%.2s' % 'éèà'
'%ld %hd %Lf' % (1, 2, 1.5)
'%.3x' % 5
'%#.3x' % 5
'%-#8x|' % 5
'%#08x|' % 5
'%+5s|' % 'a'
'%05s|' % 'a'
'%.1f %.1f %.2e %g %g' % (0.25, 0.35, 0.0001234, 0.0001, 123456789.0)
'%d' % None
'%s' % b'x'
'%5.1f%%' % 99.44
'%.*f' % (2, 3.14159)
'%-+6d|' % 3
'%e' % 0
'%x' % True
# format / format_map / __format__
'{} + {} = {}'.format(1, 2, 3)
'{0} {1} {0}'.format('a', 'b')
'{name} is {age}'.format(name='Bob', age=42)
'{0[0]} {0[1]} {1[key]}'.format(['x', 'y'], {'key': 'v'})
'{:>6}|{:<6}|{:^6}|{:*^7}|{:06}'.format('a', 'b', 'c', 'd', 42)
'{!r} {!s} {!a}'.format('hi', 'hi', 'é')
'{{literal}} {}'.format('x')
'{:d} {:5d} {:<5d}| {:+d} {:x} {:#b}'.format(1, 2, 3, 4, 255, 5)
'{} {}'.format(1)
'{missing}'.format(x=1)
'{:>{w}}|'.format('dyn', w=10)
'{:{}}|'.format('x', 4)
'{0:{1}.{2}f}'.format(3.14159, 8, 2)
'{0[}'.format(1)
'{0]}'.format(1)
'{0[0]x}'.format([1])
'{0.}'.format(1)
'{!}'.format(1)
'{!x}'.format(1)
'{!rr}'.format(1)
'{:{:{}}}'.format(1, 2, 3)
'{'.format(1)
'}'.format(1)
'x{0'.format(1)
'{0:'.format(1)
'{a{}'.format(1)
'{0}{}'.format(1)
'{}{0}'.format(1)
'{5}'.format(1)
'{0[x]}'.format({'x': 1})
'{0[-1]}'.format({'-1': 1})
'{0.real}'.format(5)
'{0.nope}'.format(5)
'{a}-{b}'.format_map({'a': 1, 'b': 2})
'{0}'.format_map({'a': 1})
'{a.b}'.format_map({'a': 1})
'{0!r:>8}'.format('x')
'{0:{1}}'.format('x', 'y')
'{:}'.format('x')
'{99999999999999999999}'.format('x')
'{:s}'.format(5)
'{:é^7}'.format('ab')
'{:.2}'.format('éèàù')
'{0:>{1}}'.format('é', 3)
'}}{{'.format()
'a{}b{}c'.format('é', '中')
format('text', '>8')
format('abc', '^+7')
format('abc', '=7')
format('abc', '#7')
format('abc', ',')
format('abcdef', '.2')
format('abcdef', 'x<8.3s')
format('é', '*^6')
format('abc', 'd')
format('abc', '')
format('abc', '2')
'a'.__format__(1)
'a'.__format__('>3')
# iteration
list('héllo')
list('')
tuple('ab')
sorted('hello')
max('hello')
# hashing: equal strs hash equally; hash('') is 0
hash('') == 0
hash('abc') == hash('ab' + 'c')
hash('é' * 2) == hash('éé')
hash(b'abc') == hash('abc')
"""

BYTES_CASES = r"""
# literals, repr, indexing, slicing
b'hello\x00\xff'
repr(b"'")
repr(b'"')
repr(b'\'"')
repr(b'\t\n\r\\')
len(b'hello\x00\xff')
b'hello'[0]
b'hello'[-1]
b'hello'[5]
b'hello'['x']
b'hello'[1:3]
b'hello'[::-1]
b'hello'[::2]
b'hello'[10:]
list(b'abc')
bytes()
bytes(3)
bytes([65, 66, 67])
bytes(range(5))
bytes('é', 'utf-8')
bytes('x')
bytes(1, 'utf-8')
bytes(-1)
bytes(1.5)
bytes([1, 'a'])
bytes([1, 300])
bytes(bytearray(b'xy'))
bytes(b'xy')
bytes('abc', 'ascii')
bytes('é', 'ascii')
bytes(source=b'x')
str(b'x')
# operators
b'a' + b'b'
b'a' + bytearray(b'x')
b'a' + 'x'
'x' + b'a'
b'ab' * 3
3 * b'ab'
b'ab' * 0
b'a' * 'x'
b'x' in b'xyz'
120 in b'xyz'
b'' in b'xyz'
300 in b'a'
'a' in b'a'
b'abc' < b'abd'
b'abc' == b'abc'
b'abc' != 'abc'
b'\x01' < b'\x01\x00'
b'a' < 'a'
b'hi' == 'hi'
hash(b'') == hash(b'')
hash(b'ab') == hash(b'a' + b'b')
# methods
b'  key=value; other=thing  '.strip()
b'  key=value; other=thing  '.split(b';')
b'  key=value; other=thing  '.split()
b', '.join([b'a', b'b', b'c'])
b''.join([])
b'a'.join([bytearray(b'x'), b'y'])
b'a'.join(['a'])
b'a'.join(5)
b'Hello'.upper()
b'Hello'.lower()
b'hello world'.title()
b'abc'.swapcase()
b'hELLO'.capitalize()
b'\xde\xad\xbe\xef'.hex()
b'\xde\xad\xbe\xef'.hex(':')
b'\xde\xad\xbe\xef'.hex(':', 2)
b'\xde\xad\xbe\xef\x01'.hex(':', -2)
b'\xde\xad\xbe\xef\x01'.hex(':', 2)
b'abc'.hex('')
b'abc'.hex(b':')
b'abc'.hex('é')
bytes(3).hex()
bytes.fromhex('de ad be ef')
bytes.fromhex(' 01 02 ')
bytes.fromhex('a')
bytes.fromhex('zz')
bytes.fromhex('0 1')
bytes.fromhex(b'01')
bytearray.fromhex('0102')
b'abcabc'.find(b'c')
b'abcabc'.rfind(b'c')
b'abcabc'.index(b'b')
b'abcabc'.count(b'ab')
b'abc'.find(b'z')
b'abc'.find(98)
b'abc'.find(300)
b'abc'.find('b')
b'abc'.count(1.5)
b'abc'.count(b'')
b'abc'.find(b'c', -1)
b'ab'.index(99)
b'abcb'.rfind(98)
b'abc'.index(b'z')
b'abc'.rindex(b'z')
b'abcabc'.replace(b'b', b'XY')
b'abc'.replace(b'', b'-')
b'abc'.replace(b'', b'-', 2)
b'abc'.replace('a', 'b')
b'file.bin'.endswith(b'.bin')
b'GET /'.startswith((b'GET', b'POST'))
b'abc'.startswith('a')
b'abc'.startswith((b'x', 'a'))
b'abc'.endswith(b'bc', 1, 3)
b'a,b,,c'.split(b',')
b'a b  c'.split()
b'a b c'.rsplit(None, 1)
b'a,b,c'.rsplit(b',', 1)
b'abc'.split(b'')
b'a'.split('a')
b'x\x0by'.split()
b'\x1cy'.split()
b'a b'.split(maxsplit=1)
b'line1\nline2\r\n'.splitlines()
b'line1\nline2\r\nx'.splitlines(True)
b'x\x0by'.splitlines()
b'123'.isdigit()
b'abc'.isalpha()
b'abc1'.isalnum()
b'  '.isspace()
b''.isspace()
b'ABC'.isupper()
b'abc'.islower()
b'Ab Cd'.istitle()
b''.isascii()
b'\x80'.isascii()
b'xxhixx'.strip(b'x')
b'xxhixx'.lstrip(b'x')
b'xxhixx'.rstrip(b'x')
b' a '.strip(None)
b'a'.strip('a')
b'hi'.center(6, b'*')
b'hi'.center(7)
b'7'.zfill(3)
b'-42'.zfill(6)
b'ab'.ljust(4, b'.')
b'abc'.rjust(5, bytearray(b'x'))
b'a'.center(5, 'x')
b'a'.center(5, b'xy')
b'a\tb'.expandtabs(4)
b'abc'.removeprefix(b'a')
b'abc'.removesuffix(b'bc')
b'abc'.removeprefix('a')
b'key: val'.partition(b': ')
b'a.b.c'.rpartition(b'.')
b'abc'.partition(b'x')
b'abc'.rpartition(b'x')
b'abc'.partition(b'')
b'abc'.partition('b')
b'caf\xc3\xa9'.decode()
b'\xff\xfe'.decode('utf-8')
b'\xe4\x41'.decode()
b'\xf0\x9f\x41'.decode()
b'ab\xe4\xb8'.decode()
b'\xed\xa0\x80'.decode()
b'\xc0\x80'.decode()
b'\xf4\x90\x80\x80'.decode()
b'a\xf0'.decode()
b'a\xffb'.decode('utf-8', 'replace')
b'\xed\xa0\x80'.decode('utf-8', 'replace')
b'\xf0\x9f\x98'.decode('utf-8', 'replace')
b'a\xffb'.decode('utf-8', 'surrogateescape')
b'a\xffb'.decode('utf-8', 'backslashreplace')
b'a\xffb'.decode('utf-8', 'ignore')
b'\xe9'.decode('latin-1')
b'\xe9'.decode('ascii')
b'\xe9'.decode('ascii', 'replace')
b'\xff'.decode('utf-8', 'foo')
b'a'.decode('foo')
b'a'.decode(1)
b'\xf0\x9f\x98\x80'.decode()
bytes.maketrans(b'abc', b'xyz')[96:101]
bytes.maketrans(b'ab', b'x')
bytes.maketrans('a', 'b')
b'abcabc'.translate(bytes.maketrans(b'abc', b'xyz'))
b'abcabc'.translate(None, b'b')
b'abcabc'.translate(bytes.maketrans(b'a', b'A'), delete=b'c')
b'abc'.translate(b'x')
bytearray(b'abc').translate(None, b'a')
# % formatting
b'%(a)s' % {b'a': b'x'}
b'%(a)s' % {'a': b'x'}
b'%s' % 'x'
b'%s %b' % (b'x', bytearray(b'y'))
b'%r %a' % ('é', b'x')
b'%c%c' % (65, b'B')
b'%c' % 256
b'%c' % 'a'
b'%d %x %5.2f' % (1, 255, 2.5)
b'%s' % (1, 2)
b'%s %s' % (b'1',)
b'%s' % (b'1', b'2')
bytearray(b'%d') % 5
b'%y' % 5
b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef')
b'\xff%s' % b'\xfe'
b'%%|%-4d|%04x' % (7, 255)
# bytearray
bytearray(b'abc')
bytearray(3)
bytearray()
repr(bytearray(b"a'b"))
bytearray(b'ab') == b'ab'
bytearray(b'ab') < b'ac'
bytearray(b'ab') * 2
bytearray(b'a') + b'x'
bytearray(b'a') + 'x'
bytearray(b'abc')[1]
bytearray(b'abc')[5]
bytearray(b'abc')[1:]
bytearray(b' a b ').split()
bytearray(b'abc').upper()
bytearray(b'abc').removeprefix(b'a')
bytearray(b'abc').decode()
bytearray(b'a').append(300)
bytearray(b'a').append('a')
bytearray().pop()
bytearray(b'ab').pop(5)
bytearray(b'ab').remove(5)
bytearray(b'a').extend(5)
bytearray(b'a').extend('x')
bytearray(b'abc').insert(10, 100)
bytearray(b'abc').copy()
hash(bytearray())
list(bytearray(b'hi'))
"""


def run(expr):
    try:
        return repr(eval(expr))
    except Exception as e:
        msg = str(e)
        return type(e).__name__ + (": " + msg if msg else "")


def emit(name, block):
    print(f"static const TextCase {name}[] = {{")
    for line in block.strip("\n").split("\n"):
        if not line or line.startswith("#"):
            continue
        out = run(line)
        # A raw string literal cannot hold the delimiter sequence.
        assert ')"' not in line and ')"' not in out, line
        print(f'    {{R"({line})", R"({out})"}},')
    print("};")
    print()


print(f"// Generated by tests/unit/gen_text_cases.py with CPython {sys.version.split()[0]}; do not edit.")
print("// Each case: an expression and repr() of its value (or the exception).")
print()
emit("kStrCases", STR_CASES)
emit("kBytesCases", BYTES_CASES)
