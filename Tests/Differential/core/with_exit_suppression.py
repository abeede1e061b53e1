# __exit__ receives the exception and may suppress it by returning true.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  clean exit")
            return False
        print("  saw", exc_type.__name__, exc, tb is not None)
        return issubclass_like(exc_type, self.types)
def issubclass_like(cls, types):
    return any(cls is t for t in types)
with Suppress(ValueError):
    print("no error")
with Suppress(ValueError):
    raise ValueError("swallowed")
print("continued after suppression")
try:
    with Suppress(ValueError):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *exc):
        return 1
with Truthy():
    1 / 0
print("1/0 suppressed by a truthy return value")
class ReturnsNone:
    def __enter__(self):
        return "x"
    def __exit__(self, *exc):
        return None
try:
    with ReturnsNone() as x:
        raise RuntimeError(x)
except RuntimeError as e:
    print("not suppressed:", e)
def inside_function():
    with Suppress(ZeroDivisionError):
        return 10 // 0
    return "fell through"
print(inside_function())
