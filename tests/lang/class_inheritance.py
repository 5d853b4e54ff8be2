# Single inheritance: overriding, extending via super(), attribute lookup along the chain.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + " (purr)"
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().upper()
for a in [Animal("generic"), Dog("rex"), Cat("tom"), Kitten("kit", 1)]:
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Cat))
k = Kitten("mini", 2)
print(k.name, k.age, [c.__name__ for c in Kitten.__mro__])
print(issubclass(Kitten, Animal), issubclass(Animal, Kitten), issubclass(Dog, Dog), issubclass(Dog, object))
print(Kitten.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in [Square(3), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
class Base:
    def __init__(self):
        self.log = ["Base"]
class NoInit(Base):
    pass
class CallsSuper(Base):
    def __init__(self):
        super().__init__()
        self.log.append("CallsSuper")
class ForgetsSuper(Base):
    def __init__(self):
        self.other = True
print(NoInit().log, CallsSuper().log, hasattr(ForgetsSuper(), "log"))
class Counter:
    total = 0
    def inc(self):
        type(self).total += 1
class SubCounter(Counter):
    pass
Counter().inc()
SubCounter().inc()
SubCounter().inc()
print(Counter.total, SubCounter.total)
class A:
    def who(self):
        return "A.who"
    def call_who(self):
        return self.who()
class B(A):
    def who(self):
        return "B.who"
print(A().call_who(), B().call_who(), A.who(B()))
