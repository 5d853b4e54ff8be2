# A vending machine state machine driven by an event list, with a transition table and guards.
class InvalidTransition(Exception):
    pass
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []
        self.log = []
    def handle(self, event, arg=None):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            raise InvalidTransition(f"cannot {event} while {self.state}")
        before = self.state
        result = method(arg)
        self.log.append(f"{before} --{event}--> {self.state}")
        return result
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "has_credit"
    def on_has_credit_coin(self, amount):
        self.credit += amount
    def on_has_credit_select(self, item):
        price = self.PRICES.get(item)
        if price is None:
            return f"unknown item {item}"
        if self.credit < price:
            return f"need {price - self.credit} more for {item}"
        self.credit -= price
        self.sales.append(item)
        self.state = "dispensing"
        return f"dispensing {item}"
    def on_dispensing_take(self, _):
        self.state = "has_credit" if self.credit else "idle"
    def on_has_credit_refund(self, _):
        change, self.credit = self.credit, 0
        self.state = "idle"
        return f"refund {change}"
events = [("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "cola"), ("take", None),
          ("select", "chips"), ("refund", None), ("select", "candy"), ("coin", 100), ("select", "water"),
          ("select", "candy"), ("coin", 5), ("take", None), ("refund", None)]
vm = VendingMachine()
for ev, arg in events:
    try:
        out = vm.handle(ev, arg)
        print(f"{ev:<7}{str(arg):<6} -> {vm.state:<11} credit={vm.credit:<4}" + (f" {out}" if out else ""))
    except InvalidTransition as e:
        print(f"{ev:<7}{str(arg):<6} !! {e}")
print("sales:", vm.sales)
print("transitions:", len(vm.log))
print("\n".join(vm.log[:4]))
def traffic_light(cycles):
    order = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
    state, t, timeline = "red", 0, []
    for _ in range(cycles):
        nxt, dur = order[state]
        timeline.append(f"{t}:{state}")
        t += dur
        state = nxt
    return timeline
print(traffic_light(7))
