# Uncaught: sending to a coroutine that has already returned.
async def answer():
    return 42

c = answer()
try:
    c.send(None)
except StopIteration as e:
    print("first run returned", e.value)
c.send(None)
