# raise Class, raise instance, bare raise re-raising, raise in except.
def f(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError("with message")
    if kind == 3:
        raise ValueError("a", 2, None)
    if kind == 4:
        e = KeyError("prebuilt")
        raise e
for k in range(1, 5):
    try:
        f(k)
    except Exception as e:
        print(k, type(e).__name__, repr(e), e.args, str(e))
def reraiser():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got", e)
def translate():
    try:
        [][0]
    except IndexError:
        raise KeyError("translated")
try:
    translate()
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_saved():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    reraise_saved()
except ZeroDivisionError as e:
    print("re-raised saved:", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("bare raise uses the exception being handled:", e)
e = Exception("built but not raised")
print(e, e.args, type(e).__name__, isinstance(e, BaseException))
