# `except` with a tuple: every entry must be an exception class, checked before
# matching, and tuples do not nest.
def check(handler_types, exc):
    try:
        try:
            raise exc
        except handler_types as e:
            return "caught " + type(e).__name__
    except TypeError as e:
        return "TypeError: " + str(e)
    except Exception as e:
        return "escaped " + type(e).__name__


cases = [
    ((ValueError, KeyError), KeyError("k")),
    ((KeyError, 5), KeyError("k")),
    ((5, KeyError), KeyError("k")),
    ((ValueError, (TypeError, KeyError)), KeyError("k")),
    ((), ValueError("v")),
    (LookupError, IndexError(1)),
    ((ArithmeticError,), ZeroDivisionError()),
    ("ValueError", ValueError()),
    ((ValueError, None), IndexError()),
    ((Exception, object), ValueError()),
    (int, ValueError()),
]
for types, exc in cases:
    print(check(types, exc))
