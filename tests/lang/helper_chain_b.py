# Helper module imported by helper_chain_a (not a test itself).
NAME = "b"
load_count = 0
load_count += 1
def shout(s):
    return s.upper() + "!"
