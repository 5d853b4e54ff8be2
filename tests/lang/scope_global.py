# global statements, module-level state, shadowing and UnboundLocalError.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    increment()
print(counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def broken_aug():
    counter += 1
try:
    broken_aug()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
def uses_missing():
    return not_defined_anywhere
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)
def inner_global():
    def deep():
        global counter
        counter = 100
    deep()
inner_global()
print(counter)
total = 0
for i in range(5):
    total += i
print(total, i)
if True:
    block_var = "visible after if"
print(block_var)
def cond_def(flag):
    if flag:
        value = 1
    return value
print(cond_def(True))
try:
    cond_def(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
