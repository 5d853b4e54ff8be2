# Helper module that imports another helper (not a test itself).
import helper_chain_b
from helper_chain_b import shout
NAME = "a"
def describe():
    return f"{NAME} uses {helper_chain_b.NAME}: {shout('hi')}"
