# close() raises GeneratorExit at the paused yield; handlers and finally blocks see it.
def g():
    try:
        yield "paused"
    except GeneratorExit as e:
        print("GeneratorExit:", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
        raise
    finally:
        print("finally")

it = g()
next(it)
it.close()

def with_cm():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, typ, val, tb):
            print("__exit__ got", typ.__name__ if typ else None)
            return False
    with CM():
        yield "in with"
    print("unreachable after close")

w = with_cm()
next(w)
w.close()

def returns_in_handler():
    try:
        yield
    except GeneratorExit:
        return "ignored return value"
r = returns_in_handler()
next(r)
print("close returned", r.close())
