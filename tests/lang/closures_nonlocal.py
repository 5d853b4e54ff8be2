# nonlocal rebinding across several levels and in loops; late binding gotcha.
def make_counter(step=1):
    n = 0
    def tick():
        nonlocal n
        n += step
        return n
    return tick
t = make_counter(3)
print([t() for _ in range(4)])
def nested_levels():
    x = 0
    def level1():
        def level2():
            nonlocal x
            x += 10
        level2()
        level2()
    level1()
    return x
print(nested_levels())
def late_binding():
    fns = []
    for i in range(4):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())
def early_binding():
    fns = []
    for i in range(4):
        fns.append(lambda i=i: i)
    return [f() for f in fns]
print(early_binding())
def factory_binding():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(4)]
print(factory_binding())
def loop_var_cell():
    fns = []
    for i in range(3):
        def f():
            return i * 10
        fns.append(f)
    i = 100
    return [f() for f in fns]
print(loop_var_cell())
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
nxt = fib_gen_closure()
print([nxt() for _ in range(10)])
def state_machine():
    state = "idle"
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "start"): "running", ("running", "stop"): "idle"}
    def send(event):
        nonlocal state
        new = transitions.get((state, event))
        if new is None:
            return f"ignored {event} in {state}"
        state = new
        return state
    return send
m = state_machine()
print([m(e) for e in ["start", "pause", "stop", "start", "stop", "stop"]])
def unbound_nonlocal():
    v = 1
    def f():
        nonlocal v
        del v
    f()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(unbound_nonlocal())
def free_var_unbound():
    def f():
        return w
    try:
        f()
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
    w = 1
    return f()
print(free_var_unbound())
