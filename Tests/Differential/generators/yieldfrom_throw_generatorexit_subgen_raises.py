# throw(GeneratorExit) into a subgenerator that raises another exception: it propagates.
trace = []

def f():
    try:
        trace.append("enter f")
        yield
        trace.append("exit f")
    except GeneratorExit:
        raise ValueError("vorpal bunny encountered")

def g():
    trace.append("enter g")
    yield from f()
    trace.append("exit g")

gi = g()
next(gi)
try:
    gi.throw(GeneratorExit)
except ValueError as e:
    trace.append("ValueError: " + e.args[0])
    trace.append("context: " + type(e.__context__).__name__)
print(trace)
