# from module import * skips names that start with an underscore.
from helper_shapes import *
print(area_square(3), Rect(1, 2).area(), PI_ISH)
try:
    print(_private)
except NameError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir() if not n.startswith("__")))
r = Rect(4, 5)
created.append("marker")
import helper_shapes
print(helper_shapes.created is created, len(helper_shapes.created), r.area())
PI_ISH = 100
print(helper_shapes.PI_ISH, area_circle(1), "rebinding the imported name does not change the module")
helper_shapes.PI_ISH = 1
print(area_circle(2), "the function reads the module global")
from helper_shapes import PI_ISH
print(PI_ISH)
