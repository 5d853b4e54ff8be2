# Control flow through finally: return, break and continue inside try/finally.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception discarded by return in finally"
print(finally_swallows())
def side_effect_order():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(side_effect_order())
def rebinding_after_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_after_return())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break discarded the exception"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def loop_with_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_with_return())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("n =", n)
    return n
print(while_finally())
def except_return_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return_finally())
