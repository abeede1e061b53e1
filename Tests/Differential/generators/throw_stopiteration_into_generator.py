# A StopIteration thrown in and not caught is turned into RuntimeError (PEP 479).
def g():
    yield 1
    yield 2

it = g()
next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
except StopIteration:
    print("StopIteration leaked")

def catches():
    try:
        yield "waiting"
    except StopIteration as e:
        yield "caught %r" % e
it = catches()
next(it)
print(it.throw(StopIteration("v")))

fresh = g()
try:
    fresh.throw(StopIteration)
except RuntimeError as e:
    print("fresh:", type(e).__name__, e)
except StopIteration as e:
    print("fresh: StopIteration", repr(e))
