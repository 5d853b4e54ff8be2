# import / from-import / import as of a helper module; modules are cached.
import helper_shapes
import helper_shapes as hs
from helper_shapes import area_square, Rect as R
from helper_counter import bump
import helper_counter
print(helper_shapes is hs, helper_shapes.__name__, hs.__doc__)
print(area_square(4), hs.area_circle(2), helper_shapes.PI_ISH)
r = R(2, 3)
print(r, r.area(), helper_shapes.created, type(r).__name__)
print(bump(), bump(), helper_counter.count)
helper_counter.count = 10
print(bump(), helper_counter.count)
import helper_shapes
print("second import does not re-run the module")
helper_shapes.PI_ISH = 3
print(hs.area_circle(1))
def local_import():
    import helper_counter as hc
    return hc.bump()
print(local_import(), helper_counter.count)
print(sorted(n for n in dir(helper_counter) if not n.startswith("__")))
print(hasattr(hs, "_private"), getattr(hs, "missing", "default"))
