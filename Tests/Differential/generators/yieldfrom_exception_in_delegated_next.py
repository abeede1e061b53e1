# An exception raised by the subgenerator after a yield unwinds through the delegator.
trace = []

def outer():
    try:
        trace.append("outer starts")
        yield "outer ham"
        yield from inner()
        yield "outer eggs"
    finally:
        trace.append("outer finally")

def inner():
    try:
        trace.append("inner starts")
        yield "inner spam"
        raise ValueError("hovercraft is full of eels")
        yield "inner more spam"
    finally:
        trace.append("inner finally")

try:
    for x in outer():
        trace.append("got " + x)
except ValueError as e:
    trace.append("caught: " + str(e))
for line in trace:
    print(line)
