# The Python behaviour behind Tests/Golden/close_raises_other_exception.coro.
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
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")

g = gen()
step("g", g, lambda: next(g))
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
print(state(g))
