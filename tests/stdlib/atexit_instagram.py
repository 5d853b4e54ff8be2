# Instagram's idiom: gc off for good, and os._exit(0) registered first so that it
# runs last, after the other handlers, ending the process with status 0 even
# though the program asked for sys.exit(3).
import atexit, gc, os, sys
gc.set_threshold(0)
atexit.register(os._exit, 0)
def cleanup():
    print("cleanup handler ran", flush=True)
atexit.register(cleanup)
print("serving")
sys.exit(3)
