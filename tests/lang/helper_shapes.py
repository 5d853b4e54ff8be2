# Helper module imported by import_* tests (not a test itself).
"""Shapes helper module."""
PI_ISH = 3.14
created = []

def area_square(side):
    return side * side

def area_circle(r):
    return PI_ISH * r * r

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        created.append(self)

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

_private = "hidden by star import"
print("helper_shapes loaded as", __name__)
