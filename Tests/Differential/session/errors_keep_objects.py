# The Python behaviour behind Tests/Golden/errors_keep_objects.coro.
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

def gen():
    n = 0
    while True:
        n += 1
        yield n

g = gen()
step("g", g, lambda: next(g))
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
step("g", g, lambda: g.throw(5))
step("g", g, lambda: next(g))
print(state(g), line(g))
