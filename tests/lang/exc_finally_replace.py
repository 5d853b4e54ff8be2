# Exceptions raised in except/finally replace the original and chain it as __context__.
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("  finally still runs")
try:
    g()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def h():
    try:
        return "try"
    finally:
        raise RuntimeError("finally raises after return")
try:
    h()
except RuntimeError as e:
    print(repr(e), e.__context__)
order = []
def nested():
    try:
        try:
            order.append("inner try")
            raise IndexError("i")
        except IndexError:
            order.append("inner except")
            raise
        finally:
            order.append("inner finally")
    except IndexError:
        order.append("outer except")
    finally:
        order.append("outer finally")
nested()
print(order)
def handler_order(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-subclass {type(e).__name__}"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return f"generic {type(e).__name__}"
print([handler_order(e) for e in [KeyError(), IndexError(), LookupError(), ValueError(), ZeroDivisionError()]])
def first_match_wins():
    try:
        raise KeyError("k")
    except Exception:
        return "Exception handler listed first wins"
    except KeyError:
        return "never"
print(first_match_wins())
def context_restored():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        try:
            raise
        except ValueError as e:
            return f"bare raise re-raised {e!r}"
print(context_restored())
