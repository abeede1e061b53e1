# The Python behaviour behind Tests/Golden/keyboard_interrupt_in_generator.coro.
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
    yield 1
    raise KeyboardInterrupt

g = gen()
step("g", g, lambda: next(g))
step("g", g, lambda: next(g))
print(state(g))
