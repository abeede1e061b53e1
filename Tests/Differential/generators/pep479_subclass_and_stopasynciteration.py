# Subclasses of StopIteration are converted too; StopAsyncIteration in a plain generator is not.
class Done(StopIteration):
    pass

def raises(exc):
    yield "first"
    raise exc

for exc in (StopIteration(1), Done("sub"), StopAsyncIteration("async"), ValueError("plain")):
    it = raises(exc)
    next(it)
    try:
        next(it)
    except RuntimeError as e:
        print(type(exc).__name__, "-> RuntimeError:", e, "| cause is exc:", e.__cause__ is exc)
    except Exception as e:
        print(type(exc).__name__, "-> propagated unchanged:", type(e).__name__, e is exc)

def returns():
    yield
    return StopIteration("returned, not raised")
it = returns()
next(it)
try:
    next(it)
except StopIteration as e:
    print("return value:", repr(e.value))
