# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins and restoring them.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def shadow_builtin():
    len = lambda s: "shadowed len"
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))
print = print
def use_global_print():
    print("module-level rebinding of print to itself still works")
use_global_print()
max = lambda *a: "module max"
print(max(1, 2))
del max
print(max(1, 2))
def builtin_lookup():
    return abs(-5), sum([1, 2]), min(3, 4)
print(builtin_lookup())
def make():
    value = 1
    def get():
        return value
    value = 2
    return get
print(make()())
def param_shadow(list):
    return list + list
print(param_shadow([1]), list("ab"))
def nested_global():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested_global()
print(x)
def enclosing_over_global():
    x = "enclosing again"
    def f():
        return x
    return f()
print(enclosing_over_global())
class C:
    x = "class attr"
    def method(self):
        return x
print(C().method(), C.x)
y = 10
def default_binding(v=y):
    return v
y = 20
print(default_binding())
import helper_counter as hc
def uses_module():
    return hc.bump()
print(uses_module())
