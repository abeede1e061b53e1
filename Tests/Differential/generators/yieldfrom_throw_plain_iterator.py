# throw() while delegating to a plain iterator is raised in the delegator itself.
trace = []

def g():
    try:
        trace.append("starting g")
        yield from range(10)
    except KeyError as e:
        trace.append("g caught KeyError " + str(e))
        yield "recovered"
    finally:
        trace.append("finishing g")

gi = g()
for i in range(5):
    trace.append("got %s" % next(gi))
try:
    gi.throw(ValueError("tomato ejected"))
except ValueError as e:
    trace.append("caller caught " + e.args[0])
print(trace)

trace = []
gi = g()
next(gi)
print(gi.throw(KeyError("k")))
print(list(gi), trace)
