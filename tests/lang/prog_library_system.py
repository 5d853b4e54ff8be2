# A library lending system (a "program" test): classes, properties, exceptions, closures,
# generators, decorators, with-statements, comprehensions and formatted output together.
class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    def __init__(self, member):
        super().__init__(f"{member.name} already has {len(member.loans)} books")
        self.member = member

def audited(action):
    def decorate(fn):
        def wrapper(self, *args):
            try:
                result = fn(self, *args)
                self.audit.append(f"{action} ok {args}")
                return result
            except LibraryError as e:
                self.audit.append(f"{action} failed {type(e).__name__}")
                raise
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate

class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None
    @property
    def available(self):
        return self.borrower is None
    def __repr__(self):
        return f"<{self.title} ({self.year})>"

class Member:
    LIMIT = 2
    def __init__(self, name):
        self.name = name
        self.loans = []
        self.fines = 0

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.audit = []
        self.day = 0
    def add_books(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
        return self.members[name]
    @audited("lend")
    def lend(self, isbn, name):
        book, member = self.books[isbn], self.members[name]
        if not book.available:
            raise NotAvailable(f"{book.title} is lent to {book.borrower.name}")
        if len(member.loans) >= Member.LIMIT:
            raise LimitReached(member)
        book.borrower = member
        member.loans.append((book, self.day))
        return book
    @audited("return")
    def give_back(self, isbn):
        book = self.books[isbn]
        member = book.borrower
        for i, (b, day) in enumerate(member.loans):
            if b is book:
                late = max(0, self.day - day - 14)
                member.fines += late * 25
                del member.loans[i]
                break
        book.borrower = None
        return late
    def catalogue(self, *, available_only=False, key=lambda b: b.title):
        for b in sorted(self.books.values(), key=key):
            if not available_only or b.available:
                yield b
    class Day:
        def __init__(self, lib, days):
            self.lib, self.days = lib, days
        def __enter__(self):
            return self.lib
        def __exit__(self, *exc):
            self.lib.day += self.days
            return False

lib = Library()
lib.add_books(Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
              Book("333", "Ulysses", "Joyce", 1922), Book("444", "Beloved", "Morrison", 1987))
ann, bob = lib.join("ann"), lib.join("bob")
with Library.Day(lib, 10) as l:
    l.lend("111", "ann")
    l.lend("222", "ann")
    for isbn, who in [("333", "ann"), ("111", "bob"), ("444", "bob")]:
        try:
            l.lend(isbn, who)
        except LimitReached as e:
            print("limit:", e, "|", e.member.name)
        except NotAvailable as e:
            print("unavailable:", e)
with Library.Day(lib, 20):
    pass
print("late days:", lib.give_back("111"), "fines:", ann.fines)
print("available:", list(lib.catalogue(available_only=True)))
print("by year:", [b.year for b in lib.catalogue(key=lambda b: b.year)])
print("loans:", {m.name: [b.title for b, _ in m.loans] for m in lib.members.values()})
authors = {b.author[0] for b in lib.books.values()}
print("author initials:", sorted(authors))
print(f"{'Title':<10}|{'Status':^12}|{'Borrower':>8}")
for b in lib.catalogue():
    status = "in" if b.available else "out"
    print(f"{b.title:<10}|{status:^12}|{(b.borrower.name if b.borrower else '-'):>8}")
print(len(lib.audit), lib.audit[:3], lib.give_back.__name__)
