# throw(GeneratorExit) through yield from into a subgenerator that yields: RuntimeError.
trace = []

def f():
    try:
        trace.append("enter f")
        yield
        trace.append("exit f")
    except GeneratorExit:
        trace.append("f yields anyway")
        yield

def g():
    trace.append("enter g")
    yield from f()
    trace.append("exit g")

gi = g()
next(gi)
try:
    gi.throw(GeneratorExit)
except RuntimeError as e:
    trace.append("RuntimeError: " + e.args[0])
print(trace)
print(gi.gi_frame, gi.gi_yieldfrom)
