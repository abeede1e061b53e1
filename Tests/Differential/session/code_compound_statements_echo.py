# The Python behaviour behind Tests/Golden/code_compound_statements_echo.coro.
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

for i in range(2):
    print(i)
if False:
    print("no")
elif True:
    print("elif")
else:
    print("else")
try:
    1 / 0
except ZeroDivisionError:
    print("caught")
finally:
    print("finally")
def spaced():
    a = 1

    return a
print(spaced())
data = [1,
2,
3]
print(data)
for i in range(1): print("one-liner")
