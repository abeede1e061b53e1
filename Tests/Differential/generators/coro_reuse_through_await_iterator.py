# The __await__ iterator of a finished coroutine raises RuntimeError, even for next().
async def coroutine():
    return "spam"

coro = coroutine()
it = iter(coro.__await__())
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration", e)
for label, op in [("send", lambda: it.send(None)), ("next", lambda: next(it)),
                  ("throw", lambda: it.throw(Exception("wat"))),
                  ("throw again", lambda: it.throw(Exception("wat")))]:
    try:
        op()
    except RuntimeError as e:
        print(label, "->", e)
it.close()
it.close()
print("close is always fine")

async def raises():
    raise KeyError("once")
r = raises()
try:
    r.send(None)
except KeyError as e:
    print("KeyError", e)
try:
    r.send(None)
except RuntimeError as e:
    print("after an exception:", e)
