# An __anext__()/asend() or aclose()/athrow() awaitable can be awaited only once.
async def agen():
    yield 1
    yield 2

it = agen()
nxt = it.__anext__()
try:
    nxt.send(None)
except StopIteration as e:
    print("first await gives", e.value)
for label, op in [("send", lambda: nxt.send(None)), ("throw", lambda: nxt.throw(ValueError)),
                  ("next", lambda: next(nxt))]:
    try:
        op()
    except RuntimeError as e:
        print(label, "->", e)
print("close ->", nxt.close())

closer = it.aclose()
try:
    closer.send(None)
except StopIteration:
    print("aclose done")
try:
    closer.send(None)
except RuntimeError as e:
    print("aclose again ->", e)
thrower = agen().athrow(KeyError)
try:
    thrower.send(None)
except KeyError:
    print("athrow into a new generator raises KeyError")
try:
    thrower.send(None)
except RuntimeError as e:
    print("athrow again ->", e)
