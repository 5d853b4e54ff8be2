# A bank-account class hierarchy with validation, custom exceptions and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.history[-1] = ("transfer out", amount)
        other.history[-1] = ("transfer in", amount)
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance})"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.03):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

alice = SavingsAccount("alice", 1000)
bob = CheckingAccount("bob", 50)
carol = Account("carol")
print(alice, bob, carol)
alice.deposit(250).withdraw(100)
print(alice.add_interest(), alice.balance)
bob.withdraw(120)
print(bob)
for action in [lambda: bob.withdraw(100), lambda: carol.deposit(-5), lambda: carol.withdraw(1)]:
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| shortfall", e.shortfall)
    except ValueError as e:
        print("ValueError:", e)
alice.transfer(carol, 300)
print(alice, carol)
for acct in (alice, bob, carol):
    print(acct.owner, acct.history)
accounts = [alice, bob, carol]
print("total:", round(sum(a.balance for a in accounts), 2))
print("richest:", max(accounts, key=lambda a: a.balance).owner)
print("by balance:", [a.owner for a in sorted(accounts, key=lambda a: a.balance)])
print([type(a).__name__ for a in accounts], isinstance(bob, Account))
