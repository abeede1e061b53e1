# send(non-None) to a coroutine that has not started: TypeError, and it can still run.
async def g():
    return "ran"

coro = g()
try:
    coro.send("spam")
except TypeError as e:
    print("TypeError", e)
try:
    coro.send(0)
except TypeError as e:
    print("TypeError", e)
try:
    coro.send(None)
except StopIteration as e:
    print("then send(None) ->", e.value)

c2 = g()
aw = c2.__await__()
try:
    aw.send(1)
except TypeError as e:
    print("through __await__:", e)
aw.close()
