# Uncaught: close() on a generator that yields again when GeneratorExit arrives.
def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("ignoring GeneratorExit once")
    yield "one more value"

s = stubborn()
print(next(s))
print("closing")
s.close()
print("not reached")
