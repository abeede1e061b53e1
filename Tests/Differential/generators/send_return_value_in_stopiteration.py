# What a generator returns arrives as StopIteration.value, with repr and args to match.
def g(result):
    received = yield
    print("received", repr(received), "returning", repr(result))
    return result

for result in (None, 1, (2,), [3], StopIteration(4), "text"):
    it = g(result)
    next(it)
    try:
        it.send("spam")
    except StopIteration as e:
        print("  caught", repr(e), "value", repr(e.value), "args", e.args)
    it = g(result)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print("  via next", repr(e))

def returns_sent():
    return (yield 1)
it = returns_sent()
next(it)
try:
    it.send(StopIteration(2))
except StopIteration as e:
    print(type(e.value).__name__, e.value.value)
