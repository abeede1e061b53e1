# Uncaught: __anext__() of an exhausted async generator, driven by hand.
async def agen():
    yield 1

g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first item", e.value)
print("asking for another")
g.__anext__().send(None)
