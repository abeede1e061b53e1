# The conversion happens in the frame the StopIteration escapes: the subgenerator's.
def inner():
    yield 1
    raise StopIteration("inner stop")

def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer sees RuntimeError:", e, "| cause:", repr(e.__cause__))
        yield "outer recovered"

print(list(outer()))

def outer_plain():
    yield from inner()
    yield "never"
g = outer_plain()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("caller sees:", type(e).__name__, e)
print(g.gi_frame)
