# Exception chaining: __context__, __cause__, __suppress_context__.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("original")
    except ValueError as orig:
        raise TypeError("explicit") from orig
except TypeError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise TypeError("no chain") from None
except TypeError as e:
    show(e)
try:
    raise RuntimeError("fresh") from KeyError("unrelated")
except RuntimeError as e:
    show(e)
try:
    raise RuntimeError("cls cause") from ValueError
except RuntimeError as e:
    show(e)
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        1 / 0
    finally:
        raise OSError("in finally")
except OSError as e:
    show(e)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
class AppError(Exception):
    pass
def load(path):
    try:
        return {"a.cfg": "ok"}[path]
    except KeyError as e:
        raise AppError(f"cannot load {path}") from e
try:
    load("b.cfg")
except AppError as e:
    print(e, "caused by", repr(e.__cause__))
