# Package used by import_package.py (not a test itself).
from .vector import Vec
from . import util
VERSION = "1.0"
print("pkg_geometry initialised")
