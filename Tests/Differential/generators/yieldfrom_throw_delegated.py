# throw() on the delegator is raised inside the subgenerator; unhandled, it unwinds both.
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
    except ValueError as e:
        trace.append("inner sees " + str(e))
        raise
    finally:
        trace.append("inner finally")

g = outer()
next(g)
next(g)
try:
    g.throw(ValueError("tomato ejected"))
except ValueError as e:
    trace.append("caller caught " + e.args[0])
print("\n".join(trace))
