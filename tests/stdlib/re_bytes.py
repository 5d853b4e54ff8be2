# re: bytes patterns on bytes and bytearray (ASCII classes, Latin-1 bytes).
import re

print(re.findall(rb'\w+', b'hello w\xe9rld 12'))
print(re.findall(rb'[\x80-\xff]+', b'ab\xe9\xff cd'))
print(re.match(rb'(\d+)-(\d+)', b'12-34').groups(), re.match(rb'(\d+)', bytearray(b'99x')).group(1))
print(re.sub(rb'\s+', b' ', b'a  b\t\nc'), re.split(rb',', b'a,b,,c'))
print(re.findall(rb'(?i)abc', b'ABC abc aBc'), re.findall(rb'(?i)\xe9', b'\xe9\xc9'))
print(re.search(rb'.', b'\n\xffa'), re.search(rb'(?s).', b'\n'))
m = re.search(rb'(?P<w>[a-z]+)', b'123 abc')
print(m, m.span(), m['w'], m.groupdict(), m.string)
ba = bytearray(b'key=value')
m = re.match(rb'(\w+)=(\w+)', ba)
print(m.group(1), m.groups(), type(m.string).__name__)
print(re.compile(b'a+', re.I), re.escape(b'a.b\xe9'), re.escape(bytearray(b'x*y')))
print(list(re.finditer(rb'\d', bytearray(b'a1b2'))))
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.subn(rb'x', lambda m: b'yy', b'xax'))
