# User-defined exception classes: hierarchy, extra attributes, __str__ overrides.
class BankError(Exception):
    """Base class for bank errors."""
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"need {self.amount - self.balance} more"
class AccountFrozen(BankError):
    pass
class ValidationError(ValueError):
    def __init__(self, field, msg="invalid"):
        super().__init__(f"{field}: {msg}")
        self.field = field
def withdraw(balance, amount, frozen=False):
    if frozen:
        raise AccountFrozen("account frozen")
    if amount <= 0:
        raise ValidationError("amount", "must be positive")
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
for args in [(100, 30), (100, 130), (100, 10, True), (100, -5)]:
    try:
        print("new balance", withdraw(*args))
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.args, e.balance, e.amount)
    except BankError as e:
        print("BankError:", type(e).__name__, e)
    except ValueError as e:
        print("ValueError:", type(e).__name__, e, e.field)
print(issubclass(InsufficientFunds, BankError), issubclass(ValidationError, Exception))
print(InsufficientFunds.__mro__[1].__name__, [c.__name__ for c in ValidationError.__mro__])
print(BankError.__doc__, BankError.__name__)
class WithRepr(Exception):
    def __init__(self, code):
        self.code = code
    def __repr__(self):
        return f"WithRepr(code={self.code})"
e = WithRepr(7)
print(repr(e), str(e), e.args)
class NoInit(Exception):
    pass
n = NoInit("a", "b")
print(str(n), repr(n), n.args)
print(str(NoInit("single")), repr(NoInit()), str(NoInit()))
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "succeeded"
while True:
    try:
        print(flaky())
        break
    except Retry as e:
        print("retrying after", e)
err = InsufficientFunds(1, 2)
err.note = "extra attribute"
print(err.note, err.__dict__ if hasattr(err, "__dict__") else None)
