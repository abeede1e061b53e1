# The first next() of the delegator runs straight into the subgenerator.
trace = []

def outer():
    trace.append("outer starts")
    yield from inner()
    trace.append("outer ends")

def inner():
    trace.append("inner starts")
    yield 42
    trace.append("inner ends")

for x in outer():
    trace.append("got %s" % (x,))
print("\n".join(trace))

def outer2():
    yield "o1"
    yield from inner2()
    yield "o2"

def inner2():
    yield "i1"
    yield "i2"
print(list(outer2()))
