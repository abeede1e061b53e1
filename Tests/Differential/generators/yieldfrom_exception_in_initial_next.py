# An exception in the subgenerator's first step runs both finally blocks, inner first.
trace = []

def outer():
    try:
        trace.append("outer starts")
        yield from inner()
    finally:
        trace.append("outer finally")

def inner():
    try:
        trace.append("inner starts")
        raise ValueError("spanish inquisition")
    finally:
        trace.append("inner finally")

try:
    for x in outer():
        trace.append("got %s" % (x,))
except ValueError as e:
    trace.append("caught %s" % e.args[0])
print(trace)

def outer2():
    trace.append("outer2 about to delegate")
    yield from inner2()
    trace.append("not reached")

def inner2():
    yield 1 / 0

trace = []
try:
    next(outer2())
except ZeroDivisionError as e:
    print(type(e).__name__, e, trace)
