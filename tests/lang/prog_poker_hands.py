# Ranking poker hands: parsing, counting with dicts, tuple comparisons for tie-breaking.
RANKS = "23456789TJQKA"
CATEGORIES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush",
              "full house", "four of a kind", "straight flush"]
def parse(hand):
    return [(RANKS.index(c[0]) + 2, c[1]) for c in hand.split()]
def evaluate(hand):
    cards = parse(hand)
    values = sorted((v for v, _ in cards), reverse=True)
    suits = {s for _, s in cards}
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [n for _, n in groups]
    ordered = [v for v, _ in groups]
    flush = len(suits) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if values == [14, 5, 4, 3, 2]:
        straight, ordered = True, [5, 4, 3, 2, 1]
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape == [3, 1, 1]:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape == [2, 1, 1, 1]:
        cat = 1
    else:
        cat = 0
    return (cat, ordered)
hands = {
    "alice": "2H 3D 5S 9C KD",
    "bob": "2C 3H 4S 8C AH",
    "carol": "2H 4S 4C 2D 4H",
    "dave": "2S 8S AS QS 3S",
    "erin": "TH JH QH KH AH",
    "frank": "KS KC 3D 3H 7S",
    "gina": "KH KD 3S 3C 9D",
    "hank": "AD 2C 3S 4H 5D",
    "ivy": "7C 7D 7H 7S 2D",
}
scored = sorted(((evaluate(h), name) for name, h in hands.items()), reverse=True)
for (cat, tiebreak), name in scored:
    print(f"{name:<6} {hands[name]}  {CATEGORIES[cat]:<16} {tiebreak}")
def winner(h1, h2):
    a, b = evaluate(h1), evaluate(h2)
    return "first" if a > b else "second" if b > a else "tie"
print(winner(hands["frank"], hands["gina"]), winner(hands["alice"], hands["bob"]),
      winner("2H 3H 4H 5H 6H", "2S 3S 4S 5S 6S"))
by_category = {}
for name, h in hands.items():
    by_category.setdefault(CATEGORIES[evaluate(h)[0]], []).append(name)
print(dict(sorted(by_category.items())))
