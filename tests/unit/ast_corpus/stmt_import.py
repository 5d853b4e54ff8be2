import a
import a.b.c
import a.b as c
import a, b as c, d.e
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ...a import z
from .mod import (x as y, z,)
from m import *
from .... import w
