x: int
x: int = 3
x: list[int] = []
(y): int = 1
a.b: str
a[0]: float = 1.0
z: 'forward' = None
