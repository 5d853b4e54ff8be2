# An event bus with subscriber decorators, priorities, one-shot handlers, and error isolation.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
    def on(self, event, priority=0, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn, once))
            return fn
        return register
    def emit(self, event, **payload):
        entries = sorted(self.handlers.get(event, []), key=lambda e: (-e[0], e[1]))
        results = []
        for entry in entries:
            prio, _, fn, once = entry
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
            if once:
                self.handlers[event].remove(entry)
        return results
bus = EventBus()
audit = []
@bus.on("user.created")
def send_welcome(name, **_):
    return f"welcome mail to {name}"
@bus.on("user.created", priority=10)
def validate(name, **_):
    if not name.isalpha():
        raise ValueError(f"bad name {name!r}")
    return "validated"
@bus.on("user.created", priority=-5, once=True)
def first_user_bonus(name, **_):
    return f"bonus for first user {name}"
@bus.on("user.deleted")
def log_delete(name, reason="none"):
    audit.append((name, reason))
    return f"deleted {name}"
print(bus.emit("user.created", name="ann"))
print(bus.emit("user.created", name="b0b"))
print(bus.emit("user.deleted", name="ann", reason="spam"))
print(bus.emit("user.deleted", name="cy"))
print(bus.emit("nobody.listens"))
print(bus.errors)
print(audit)
print({e: [h[2].__name__ for h in hs] for e, hs in bus.handlers.items()})
class Observable:
    def __init__(self, value):
        self._value = value
        self._watchers = []
    def watch(self, fn):
        self._watchers.append(fn)
        return lambda: self._watchers.remove(fn)
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, new):
        old, self._value = self._value, new
        for w in list(self._watchers):
            w(old, new)
temp = Observable(20)
log = []
unwatch = temp.watch(lambda o, n: log.append(f"{o}->{n}"))
temp.watch(lambda o, n: log.append("ALERT") if n > 30 else None)
temp.value = 25
temp.value = 35
unwatch()
temp.value = 40
print(log, temp.value)
