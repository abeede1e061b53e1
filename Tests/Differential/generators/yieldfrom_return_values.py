# The value of `yield from` is the subgenerator's return value, whatever its type.
trace = []

def outer():
    yield "outer ham"
    ret = yield from inner()
    trace.append("inner returned %r" % (ret,))
    for v in 1, (2,), StopIteration(3), [4]:
        ret = yield from inner(v)
        trace.append("inner returned %r" % (ret,))
    yield "outer eggs"

def inner(v=None):
    yield "inner spam"
    if v:
        return v

for x in outer():
    trace.append("got " + x)
print("\n".join(trace))

def g1():
    return (yield from g2())
def g2():
    yield "g2"
    return [42]
print(list(g1()))
gen = g1()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("passed through:", e.value)
