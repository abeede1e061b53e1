# yield from an empty iterable is like no statement at all; the delegator goes on.
def g():
    yield from ()
    print("after empty tuple")
    x = yield from iter([])
    print("value", x)
    yield "end"

print(list(g()))

def only_empty():
    yield from ()
try:
    next(only_empty())
except StopIteration as e:
    print("StopIteration", repr(e))

def sub():
    return "returned without yielding"
    yield
def outer():
    r = yield from sub()
    print("sub gave", r)
print(list(outer()))
