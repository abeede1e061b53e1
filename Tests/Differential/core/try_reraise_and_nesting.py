# Bare raise re-raises the active exception; errors inside handlers and finally.
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("caught again:", e)
def translate():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError(f"translated {e}")
try:
    translate()
except LookupError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def finally_raises():
    try:
        raise ValueError("hidden")
    finally:
        raise RuntimeError("from finally")
try:
    finally_raises()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
def handler_in_loop():
    results = []
    for v in ["1", "x", "3", None]:
        try:
            results.append(int(v))
        except ValueError:
            results.append("bad")
        except TypeError:
            results.append("none")
    return results
print(handler_in_loop())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_handling():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    reraise_after_handling()
except ZeroDivisionError as e:
    print("re-raised saved:", e)
