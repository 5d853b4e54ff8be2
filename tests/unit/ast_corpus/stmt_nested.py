def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    class K:
        def m(self):
            global g
            g = x
    return inner
