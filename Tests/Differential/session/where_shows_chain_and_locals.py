# The Python behaviour behind Tests/Golden/where_shows_chain_and_locals.coro.
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

def leaf(n):
    total = 0
    while True:
        total += yield total

def middle():
    label = "middle"
    result = yield from leaf(10)

def top():
    count = 3
    yield from middle()

t = top()
print(state(t), inspect.getgeneratorlocals(t))
step("t", t, lambda: next(t))
step("t", t, lambda: t.send(5))
g = t
while g is not None:
    print(g.__name__, state(g), line(g), inspect.getgeneratorlocals(g))
    g = g.gi_yieldfrom
