# A dropped generator that yields when finalized: the RuntimeError cannot propagate, so
# it is reported on stderr ("Exception ignored in: ...") and the program goes on.
def ill_behaved():
    try:
        yield "first"
    except GeneratorExit:
        print("  yielding instead of exiting")
        yield "foo!"

g = ill_behaved()
print(next(g))
print("dropping g")
g = None
print("the program continues")

def well_behaved():
    try:
        yield "first"
    except GeneratorExit:
        print("  exiting properly")
        raise
w = well_behaved()
print(next(w))
w = None
print("end")
