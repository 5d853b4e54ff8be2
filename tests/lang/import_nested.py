# A module importing another module; shared module objects; module attributes and functions.
import helper_chain_a
import helper_chain_b
print(helper_chain_a.describe())
print(helper_chain_a.helper_chain_b is helper_chain_b, helper_chain_b.load_count)
helper_chain_b.NAME = "patched"
print(helper_chain_a.describe())
from helper_chain_a import shout
print(shout("x"), shout is helper_chain_b.shout)
print(type(helper_chain_a).__name__, helper_chain_a.NAME, callable(helper_chain_a.describe))
def reimport():
    import helper_chain_b as again
    return again.load_count, again is helper_chain_b
print(reimport())
