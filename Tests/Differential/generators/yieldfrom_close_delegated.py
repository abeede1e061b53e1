# close() on the delegator closes the subgenerator first, then the delegator.
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
        yield "inner more spam"
    except GeneratorExit:
        trace.append("inner got GeneratorExit")
        raise
    finally:
        trace.append("inner finally")

g = outer()
for i in range(2):
    trace.append("got " + next(g))
print(g.gi_yieldfrom.__name__)
print("close returned", g.close())
print("\n".join(trace))
print(g.gi_yieldfrom)
