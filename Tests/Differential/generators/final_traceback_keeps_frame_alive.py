# A raised exception's traceback keeps the failing function's frame, and so its
# generator, alive until the handler finishes; then the generator is closed.
def g(tag):
    try:
        while True:
            yield tag
    finally:
        print("  closing", tag)

def fails(tag):
    gen = g(tag)
    next(gen)
    raise ValueError("function failed")

try:
    fails("one")
except ValueError as e:
    print("in the handler:", e)
print("after the handler")

def fails_quietly(tag):
    try:
        fails(tag)
    except ValueError:
        print("  inner handler")
    print("  inner handler finished")
fails_quietly("two")
print("end")
