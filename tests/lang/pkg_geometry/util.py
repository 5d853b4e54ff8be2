from .vector import Vec

def dot(a, b):
    return a.x * b.x + a.y * b.y

def origin():
    return Vec(0, 0)
