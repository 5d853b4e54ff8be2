# An inventory system (a "program" test): classes, exceptions, generators, sorting, formatting.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have
class UnknownItem(InventoryError, KeyError):
    pass

class Item:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

class Inventory:
    def __init__(self):
        self.items = {}
        self.journal = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self._record("add", item.sku, item.qty)
    def _record(self, action, sku, qty):
        self.journal.append((len(self.journal) + 1, action, sku, qty))
    def __getitem__(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None
    def remove(self, sku, qty):
        item = self[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self._record("remove", sku, qty)
        return item.price * qty
    def search(self, *, tag=None, max_price=None):
        for item in sorted(self.items.values()):
            if tag is not None and tag not in item.tags:
                continue
            if max_price is not None and item.price > max_price:
                continue
            yield item
    def low_stock(self, threshold=5):
        return [i.sku for i in self.items.values() if i.qty < threshold]
    def total_value(self):
        return sum(i.value for i in self.items.values())
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            lines.append(f"{item.sku:<6}{item.name:<14}{item.qty:>5}{item.price:>9.2f}{item.value:>10.2f}")
        lines.append(f"{'':<25}{'total':>9}{self.total_value():>10.2f}")
        return "\n".join(lines)

inv = Inventory()
stock = [
    ("A100", "hammer", 12.5, 10, ["tools"]),
    ("A200", "screwdriver", 4.25, 25, ["tools", "small"]),
    ("B300", "paint", 19.99, 4, ["paint"]),
    ("C400", "brush", 2.5, 40, ["paint", "small"]),
    ("A100", "hammer", 12.5, 5, ["tools"]),
]
for sku, name, price, qty, tags in stock:
    inv.add(Item(sku, name, price, qty, tags))
print(inv.report())
orders = [("A100", 3), ("B300", 10), ("Z999", 1), ("C400", 38), ("A200", 25)]
revenue = 0
for sku, qty in orders:
    try:
        revenue += inv.remove(sku, qty)
        print(f"sold {qty} x {sku}")
    except OutOfStock as e:
        print(f"out of stock -> {e} (short {e.wanted - e.have})")
    except KeyError as e:
        print(f"unknown item -> {type(e).__name__} {e} isinstance InventoryError: {isinstance(e, InventoryError)}")
print(f"revenue: {revenue:.2f}")
print("low stock:", inv.low_stock())
print("small items:", [i.name for i in inv.search(tag="small")])
print("cheap items:", [(i.name, i.price) for i in inv.search(max_price=5)])
print("tools under 20:", list(inv.search(tag="tools", max_price=20)))
print("journal:", inv.journal[-3:], len(inv.journal))
tag_index = {}
for item in inv.items.values():
    for t in item.tags:
        tag_index.setdefault(t, []).append(item.sku)
print({t: sorted(skus) for t, skus in sorted(tag_index.items())})
print(inv.report().splitlines()[-1].strip())
