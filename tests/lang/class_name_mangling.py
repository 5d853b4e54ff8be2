# Private name mangling: __attr inside a class becomes _Class__attr.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._internal = "single underscore is only a convention"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def reveal(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a.reveal(), a._internal)
print(sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, a._Account__secret())
class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "subclass's own"
    def both(self):
        return self.__balance, self.balance()
s = Savings(5)
print(s.both(), sorted(vars(s)))
class Dunder:
    def __init__(self):
        self.__magic__ = "not mangled: ends with two underscores"
print(vars(Dunder()))
class _Leading:
    def __init__(self):
        self.__x = 1
print(vars(_Leading()))
class Counter:
    __count = 0
    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count
print(Counter.bump(), Counter.bump(), Counter._Counter__count)
