# Importing a package, its submodules, and relative imports inside the package.
import pkg_geometry
from pkg_geometry import Vec, util
from pkg_geometry.util import dot
import pkg_geometry.vector as vecmod
print(pkg_geometry.VERSION, Vec(1, 2) + Vec(3, 4))
print(dot(Vec(1, 2), Vec(3, 4)), util.origin())
print(vecmod.Vec is Vec, pkg_geometry.util is util, pkg_geometry.vector is vecmod)
print(pkg_geometry.__name__, vecmod.__name__, util.__name__)
