# send(non-None) to a delegator whose iterator has no send(): AttributeError, delegator ends.
import inspect
trace = []

def g():
    try:
        trace.append("starting g")
        yield from range(3)
        trace.append("g should not be here")
    finally:
        trace.append("finishing g")

gi = g()
next(gi)
try:
    gi.send(42)
except AttributeError as e:
    print("AttributeError", e)
print(trace, inspect.getgeneratorstate(gi))

def h():
    yield from iter([1, 2])
hi = h()
next(hi)
try:
    hi.send("x")
except AttributeError as e:
    print("AttributeError", e)
