# Importing a package, its submodules, and relative imports inside the package.
import pkg_geometry
from pkg_geometry import Vec, util
from pkg_geometry.util import dot
import pkg_geometry.vector as vecmod
print(pkg_geometry.VERSION, Vec(1, 2) + Vec(3, 4))
print(dot(Vec(1, 2), Vec(3, 4)), util.origin())
print(vecmod.Vec is Vec, pkg_geometry.util is util, pkg_geometry.vector is vecmod)
print(pkg_geometry.__name__, vecmod.__name__, util.__name__)
v = Vec(1, 1)
for _ in range(3):
    v = v + Vec(2, 3)
print(v, dot(v, util.origin()), dot(v, v))
import pkg_geometry as geo
print(geo is pkg_geometry, geo.Vec is Vec, sorted(n for n in dir(geo) if not n.startswith("_")))
from pkg_geometry import vector
print(vector is vecmod, vector.Vec(0, 1))
try:
    from pkg_geometry import missing_name
except ImportError as e:
    print(type(e).__name__, "cannot import name" in str(e))
