# isinstance / issubclass with classes, tuples of classes, builtins, and type() comparisons.
class Animal: pass
class Mammal(Animal): pass
class Dog(Mammal): pass
class Robot: pass
class RoboDog(Robot, Dog): pass
objs = [Animal(), Mammal(), Dog(), Robot(), RoboDog(), 5, "s", None, [1]]
for o in objs:
    print(type(o).__name__, isinstance(o, Animal), isinstance(o, (Robot, int)), isinstance(o, (list, (str, Dog))))
print(issubclass(RoboDog, Animal), issubclass(RoboDog, (int, Robot)), issubclass(Dog, Robot), issubclass(Animal, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float), isinstance(1, (int, float)))
print(isinstance("x", str), isinstance(b"x", bytes), isinstance(b"x", str), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(Dog, type), isinstance(len, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, (ValueError, LookupError)))
print(type(Dog()) is Dog, type(Dog()) is Mammal, type(Dog()) == Dog, type(RoboDog()).__mro__[1].__name__)
print(isinstance(Dog(), object), isinstance(5, object), isinstance(object, object), issubclass(type, object))
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, str(e).startswith("isinstance() arg 2 must be a type"))
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    if isinstance(x, dict):
        return "mapping"
    if isinstance(x, str):
        return "text"
    return type(x).__name__
print([describe(v) for v in [True, 3, [1], (1, 2), {}, "", 2.5, None, Dog()]])
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__,
      type({}).__name__, type(set()).__name__, type(frozenset()).__name__, type(range(1)).__name__,
      type(b"").__name__, type(None).__name__, type(len).__name__, type(type).__name__, type(slice(1)).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(x for x in []).__name__)
