# The Python behaviour behind Tests/Golden/coroutine_send_steps.coro.
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

class Tick:
    def __await__(self):
        got = yield "tick"
        return got

async def job():
    first = await Tick()
    second = await Tick()
    return first + second

j = job()
print(state(j))
step("j", j, lambda: j.send(None))
print(type(j.cr_await).__name__, j.cr_await.__name__, inspect.getgeneratorlocals(j.cr_await).keys())
step("j", j, lambda: j.send(1))
step("j", j, lambda: j.send(2))
step("j", j, lambda: j.send(None))
