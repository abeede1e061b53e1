# A generator resumed from inside the caller's except block sees that exception as context.
def g():
    try:
        yield 1
        raise TypeError("in generator")
    except TypeError as exc:
        print("TypeError context:", repr(exc.__context__))
    yield 2
    try:
        raise KeyError("later")
    except KeyError as exc:
        print("KeyError context:", repr(exc.__context__))
    yield "done"

it = g()
next(it)
try:
    raise ValueError("caller's")
except ValueError:
    print(next(it))
print(next(it))

def h():
    try:
        try:
            yield
        except ValueError:
            raise TypeError()
    except Exception as exc:
        print("chained:", type(exc).__name__, "<-", type(exc.__context__).__name__)
    yield "done"

it = h()
next(it)
try:
    raise ValueError
except Exception as e:
    print(it.throw(e))
