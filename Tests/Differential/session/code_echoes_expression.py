# The Python behaviour behind Tests/Golden/code_echoes_expression.coro.
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

print(repr(1 + 1))
print(repr([1, 2]))
print(repr("text"))
def gen():
    yield 1

print(repr(gen()).split(" at ")[0])
