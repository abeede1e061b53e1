# The Python behaviour behind Tests/Golden/delegation_send_passes_through.coro.
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

def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)

def collector():
    while True:
        batch = yield from accumulate()
        print("batch", batch)

c = collector()
step("c", c, lambda: next(c))
step("c", c, lambda: c.send("a"))
step("c", c, lambda: c.send("b"))
first = c.gi_yieldfrom
step("c", c, lambda: c.send(None))
print(state(first), c.gi_yieldfrom is first, state(c.gi_yieldfrom))
