# Subclasses of int and float, bool's refusal to be subclassed, and the
# dunder methods that expose the operators.
class MyInt(int):
    def __repr__(self):
        return 'MyInt(' + super().__repr__() + ')'

x = MyInt(5)
print(repr(x), str(x), x + 1, type(x + 1).__name__, int(x), type(int(x)).__name__, f"{x:>4}")
print(MyInt('ff', 16), MyInt(2 ** 70) // 3, -x, abs(MyInt(-3)), x.real, type(x.real).__name__)
print(MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)
print(isinstance(x, int), x == 5, hash(x) == hash(5), {x: 'five'}[5])

class Meters(float):
    def __str__(self):
        return super().__str__() + ' m'

y = Meters(2.5)
print(y, repr(y), y * 2, type(y * 2).__name__, Meters('1e3'), round(y), float(y), type(float(y)).__name__)
print(Meters.fromhex('0x1p3'), type(Meters.fromhex('0x1p3')).__name__, f"{y}", f"{y:.2f}", format(y, ''))

try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(int.__add__(3, 4), int.__radd__(3, 4), (3).__rsub__(10), float.__mul__(1.5, 2), (5).__format__('x'))
print((3).__pow__(2, 5), (2).__rpow__(3), (7).__divmod__(-2), (7.5).__rdivmod__(2), (5).__add__(1.0))
print(True.__and__(False), True.__or__(1), (1.5).__eq__(1.5), (1).__eq__(1.0), (1.0).__eq__(1))
print((2.5).__round__(), (2.5).__round__(0), (1234).__round__(-2), (3.7).__trunc__(), (-3.2).__floor__(), (-3.7).__ceil__())
print(int.from_bytes(bytearray(b'\xff\xfe'), 'little', signed=True), (2 ** 100).to_bytes(13, 'big').hex())
print(int(bytearray(b' 42 ')), float(bytearray(b'2.5')), int('١٢٣'), float('٣.٥'))
