# re: str patterns are Unicode: classes, case folding, and code-point offsets.
import re

text = 'naïve café — 日本語 and ça va, Ünïcödé ١٢٣ x²'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.A))
print(re.findall(r'\d+', 'a ١٢٣ b 45 ௫'), re.findall(r'\d+', 'a ١٢٣ b 45', re.A))
print(re.findall(r'\s+', 'a\u2003b\x0bc\u3000d\x1ce'), re.findall(r'[^\s]+', 'a\u2003b'))
print(re.findall(r'\W+', text))
print(re.findall(r'[^\W\d_]+', 'abc_123déf'))
for m in re.finditer(r'\w+', text):
    print(m.span(), m.group(), m.start(), m.end())
m = re.search(r'(日)(本)(語)', text)
print(m.span(), m.span(1), m.span(3), m.groups(), m.regs)
print(re.search('é', 'aé').span(), re.search(r'(?i)É', 'xé').span())
print(re.findall(r'(?i)héllo', 'HÉLLO héllo HeLLO'))
print(re.findall(r'(?i)[à-ÿ]+', 'ÀÉÎ àéî'))
print(re.findall('.', '😀x€'), [m.span() for m in re.finditer('.', '😀x€')])
print(re.findall('[😀-😂]', 'a😁b😀'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'élan vital ça'))
print(re.split(r'\W+', 'l\'été, à Paris; über—alles'))
p = re.compile(r'\w+')
print(p.search('éé ab', 2), p.search('éé ab', 2).span(), p.match('aé b', 1, 2))
print(p.findall('ééé ééé', 1, 6), [m.span() for m in p.finditer('ééé ééé', 1, 6)])
print(re.fullmatch(r'\w+', 'κόσμε'), re.match(r'\w+', 'Straße'))
print(re.escape('é.ü'), re.match(re.escape('a.é'), 'a.é'))
print(re.findall(r'\u00e9|\N', 'é') if False else re.findall(r'\u00e9\U0001F600', 'é😀'))
