# Seed tutorial, part 5: the PEP 380 rules it lists, one by one.
def sub():
    received = []
    while True:
        x = yield "sub yields %d" % len(received)
        if x == "done":
            return received
        received.append(x)

def delegator(log):
    while True:
        result = yield from sub()
        log.append(result)

log = []
d = delegator(log)
print(next(d))
print(d.send("a"))
print(d.send(None))
print(d.send("done"), log)
try:
    d.throw(KeyError("forwarded"))
except KeyError as e:
    print("throw reached the subgenerator, which let it through:", e)

def returns():
    return "value"
    yield
try:
    next(returns())
except StopIteration as e:
    print("return expr -> StopIteration(expr):", repr(e))
def value_of():
    v = yield from returns()
    yield v
print(list(value_of()))
