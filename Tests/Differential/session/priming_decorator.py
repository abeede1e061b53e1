# The Python behaviour behind Tests/Golden/priming_decorator.coro.
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

from functools import wraps
def primed(func):
    @wraps(func)
    def wrapper(*args, **kw):
        g = func(*args, **kw)
        next(g)
        return g
    return wrapper

@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(state(avg), averager.__name__)
step("avg", avg, lambda: avg.send(10))
step("avg", avg, lambda: avg.send(20))
