# Objects in sets and dict keys: __eq__ with __hash__, identity-based defaults, mutation pitfalls.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
hand = {Card("A", "s"), Card("K", "h"), Card("A", "s")}
print(len(hand), Card("K", "h") in hand, Card("Q", "h") in hand, sorted(hand, key=repr))
counts = {}
for c in [Card("2", "c"), Card("2", "c"), Card("3", "d")]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
class Plain:
    def __init__(self, v):
        self.v = v
p1, p2 = Plain(1), Plain(1)
print(len({p1, p2, p1}), p1 == p2, p1 in {p1}, p2 in {p1})
class Mutable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(1) in s, Mutable(2) in s, len(s), "mutating a key breaks lookup")
class Unhashable:
    def __eq__(self, o):
        return True
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class Inherits(Card):
    pass
print(hash(Inherits("A", "s")) == hash(Card("A", "s")), Inherits("A", "s") == Card("A", "s"))
class EqSub(Card):
    def __eq__(self, other):
        return super().__eq__(other)
try:
    hash(EqSub("A", "s"))
except TypeError as e:
    print("overriding __eq__ in a subclass resets __hash__:", e)
seen = set()
dupes = []
for c in [Card("A", "s"), Card("2", "c"), Card("A", "s"), Card("2", "c"), Card("9", "d")]:
    if c in seen:
        dupes.append(c)
    seen.add(c)
print(dupes, len(seen))
print(frozenset([Card("A", "s")]) == frozenset([Card("A", "s")]), {(Card("A", "s"), 1): "tuple key"}[(Card("A", "s"), 1)])
