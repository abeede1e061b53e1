# The Python behaviour behind Tests/Golden/throw_into_delegating.coro.
import inspect


def state(g):
    if inspect.iscoroutine(g):
        return inspect.getcoroutinestate(g)
    return inspect.getgeneratorstate(g)


def line(g):
    frame = g.gi_frame if inspect.isgenerator(g) else g.cr_frame
    return frame.f_lineno if frame is not None else None


def step(name, g, action):
    """What a session command shows: state before and after, outcome, line."""
    before = state(g)
    try:
        value = action()
    except StopIteration as e:
        print(name, before, "->", state(g), "returned", repr(e.value))
    except BaseException as e:
        print(name, before, "->", state(g), "raised", type(e).__name__, str(e))
    else:
        print(name, before, "->", state(g), "yielded", repr(value), "at line", line(g))

def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("inner caught", e)

def outer():
    yield from inner()

o = outer()
step("o", o, lambda: next(o))
i = o.gi_yieldfrom
step("o", o, lambda: o.throw(ValueError("to the inner one")))
step("o", o, lambda: o.throw(KeyError("uncaught")))
print(state(i), state(o))
