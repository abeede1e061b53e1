# throw(GeneratorExit) through yield from: the subgenerator returns, GeneratorExit still escapes.
trace = []

def f():
    try:
        trace.append("enter f")
        yield
        trace.append("exit f")
    except GeneratorExit:
        trace.append("f got GeneratorExit, returning")
        return "ignored"

def g():
    trace.append("enter g")
    yield from f()
    trace.append("exit g")

gi = g()
next(gi)
try:
    gi.throw(GeneratorExit)
except GeneratorExit as e:
    trace.append("caller got " + repr(e))
else:
    trace.append("no GeneratorExit")
print(trace)
print(gi.gi_frame)
