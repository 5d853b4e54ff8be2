# Failed imports raise ModuleNotFoundError / ImportError, and the program goes on.
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nosuchmod
except ImportError as e:
    print("caught as ImportError:", type(e).__name__, isinstance(e, ImportError))
try:
    from helper_counter import no_such_name
except ImportError as e:
    print(type(e).__name__, type(e) is ImportError)
try:
    from nosuch.sub import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import pkg_geometry.nosub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
import helper_counter
print(helper_counter.bump())
