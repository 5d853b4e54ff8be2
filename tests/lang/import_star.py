# from module import * skips names that start with an underscore.
from helper_shapes import *
print(area_square(3), Rect(1, 2).area(), PI_ISH)
try:
    print(_private)
except NameError as e:
    print(type(e).__name__, e)
