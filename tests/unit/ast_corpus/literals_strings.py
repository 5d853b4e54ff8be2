'a'
"b"
'''c
d'''
"""e"""
'it\'s'
"say \"hi\""
'both \' and "'
'\n\t\r\\\a\b\f\v\0'
'\101\x41\u0041\U00000041'
'\q \d'
'line\
continued'
'é' 'ü'
'\u200b\x7f\x00'
'\ud800'
u'unicode'
U'x' 'y'
