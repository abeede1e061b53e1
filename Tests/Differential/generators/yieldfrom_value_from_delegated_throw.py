# The subgenerator handles a thrown exception and carries on; the delegator continues after.
class LunchError(Exception):
    pass

trace = []

def outer():
    try:
        yield "outer ham"
        yield from inner()
        yield "outer eggs"
    finally:
        trace.append("outer finally")

def inner():
    try:
        yield "inner spam"
        yield "inner more spam"
    except LunchError:
        trace.append("inner caught LunchError")
        yield "inner lunch saved"
        yield "inner yet more spam"

g = outer()
for i in range(2):
    trace.append("got " + next(g))
trace.append("throw returned " + g.throw(LunchError("tomato ejected")))
for x in g:
    trace.append("got " + x)
print("\n".join(trace))
