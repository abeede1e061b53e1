# StopIteration's value attribute: None by default, the first argument otherwise, writable.
def show(e):
    print("%s: %r value=%r args=%r" % (e.__class__.__name__, str(e), e.value, e.args))

show(StopIteration())
e = StopIteration("spam")
show(e)
e.value = "eggs"
show(e)
show(StopIteration(1, 2))
show(StopIteration(None))
show(StopIteration((3,)))

def returns(v):
    yield
    return v

def take(v):
    result = yield from returns(v)
    print("yield from produced", repr(result))

for v in (None, 0, [], (1, 2), "x"):
    for _ in take(v):
        pass
