f'{x}'
f"{x!r} {y!s} {z!a}"
f'{x:>10}'
f'{x:{w}.{p}f}'
f'{{literal}}'
f'{{{x}}}'
f''
f'plain'
