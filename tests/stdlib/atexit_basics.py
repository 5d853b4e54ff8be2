# atexit: handlers run last-registered first, with their arguments; an
# exception in one is reported on stderr and the others still run.
import atexit


def show(*args, **kwargs):
    print("handler", args, sorted(kwargs.items()), flush=True)


def fails():
    raise ValueError("handler failed")


@atexit.register
def decorated():
    print("decorated handler runs last", flush=True)


atexit.register(show, 1, 2, key="v")
atexit.register(fails)
atexit.register(show, "registered last, runs first")
atexit.register(show, "unregistered")
print("ncallbacks", atexit._ncallbacks())
atexit.unregister(show)
atexit.register(show, "runs first")
print("end of program")
