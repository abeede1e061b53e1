# Closing a delegator whose delegate is a plain iterator (no close method): quiet.
trace = []

def g():
    try:
        trace.append("starting g")
        yield from range(3)
        trace.append("g should not be here")
    finally:
        trace.append("finishing g")

gi = g()
print(next(gi))
print(type(gi.gi_yieldfrom).__name__, hasattr(gi.gi_yieldfrom, "close"))
print(gi.close())
print(trace, gi.gi_yieldfrom)

lst = iter([1, 2, 3])
def h():
    yield from lst
hi = h()
next(hi)
hi.close()
print("list iterator left at", next(lst))
