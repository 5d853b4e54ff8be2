'a' f'{b}' 'c'
f'{a}' f'{b}'
'x' f''
rf'\n{x}'
FR'{y}\d'
f'''{
x
}'''
f'{a["k"]}'
f"{d['k']}"
f'{x:{y}}{{'
f'{3.14:.{n}f}'
f'{a if b else c}'
f'{(lambda: 1)()}'
f'{x,y}'
f'{"nested"}'
f'{x!r:{w}}'
f'{a != b}'
f'{a >= b}'
