# The subgenerator raises while handling a sent value: the error reaches the sender.
trace = []

def outer():
    x = yield "outer ham"
    trace.append("outer received %s" % (x,))
    yield from inner()
    trace.append("never")

def inner():
    x = yield "inner spam"
    trace.append("inner received %s" % (x,))
    raise ValueError("eels")

def run():
    g = outer()
    next(g)
    x = 1
    try:
        while True:
            y = g.send(x)
            trace.append("yielded %s" % (y,))
            x += 1
    except StopIteration:
        trace.append("StopIteration")

try:
    run()
except ValueError as e:
    trace.append("ValueError " + str(e))
print(trace)
