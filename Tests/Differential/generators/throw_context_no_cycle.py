# Throwing the very exception that is being handled does not make it its own context.
def sub():
    yield

def g(exc):
    result = None
    try:
        raise exc
    except Exception:
        try:
            yield from sub()
        except Exception as caught:
            result = (caught is exc, caught.__context__ is caught, repr(caught.__context__))
    yield result

exc = KeyError("a")
gen = g(exc)
gen.send(None)
print(gen.throw(exc))

def h(exc):
    try:
        raise exc
    except Exception:
        try:
            yield
        except Exception as caught:
            yield caught.__context__ is caught
e2 = ValueError("b")
gen = h(e2)
next(gen)
print(gen.throw(e2))
