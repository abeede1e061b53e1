# Values sent to the delegator reach the subgenerator's yield expressions.
trace = []

def outer():
    x = yield "outer ham"
    trace.append("outer received %s" % (x,))
    yield from inner()
    x = yield "outer eggs"
    trace.append("outer received %s" % (x,))

def inner():
    x = yield "inner spam"
    trace.append("inner received %s" % (x,))
    x = yield "inner more spam"
    trace.append("inner received %s" % (x,))

g = outer()
trace.append("first: " + next(g))
n = 1
try:
    while True:
        trace.append("yielded: " + g.send(n))
        n += 1
except StopIteration:
    trace.append("done")
print("\n".join(trace))
