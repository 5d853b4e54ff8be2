# try / except / else / finally in every combination.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("bad value")
        if action == "type":
            raise TypeError("bad type")
        if action == "key":
            {}["missing"]
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (TypeError, KeyError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for a in ["ok", "value", "type", "key"]:
    print(a, run(a))
def only_finally(fail):
    try:
        if fail:
            raise RuntimeError("boom")
        print("  body ok")
    finally:
        print("  cleanup")
only_finally(False)
try:
    only_finally(True)
except RuntimeError as e:
    print("propagated:", e)
try:
    x = 1
except Exception:
    print("no")
else:
    print("else without finally, x =", x)
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught", repr(e))
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", e)
def else_raises():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else clause exceptions are not caught by its own handlers:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
err = None
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print("except target is deleted after the handler:", e)
try:
    int("x")
except:
    print("bare except catches everything")
