# The Python behaviour behind Tests/Golden/state_delegating.coro.
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
    yield 1
    yield 2

def outer():
    result = yield from inner()
    yield "after"

o = outer()
step("o", o, lambda: next(o))
print(state(o), line(o), o.gi_yieldfrom.__name__, state(o.gi_yieldfrom))
i = inner()
def outer2():
    yield from i

o2 = outer2()
step("o2", o2, lambda: next(o2))
print(o2.gi_yieldfrom is i)
