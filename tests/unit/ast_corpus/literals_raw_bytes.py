r'\n\d'
R"\\"
b'abc'
B"\x00\xff\n"
rb'\x'
BR'raw\n'
b'a' b'b'
b"'"
b''
''
