# Awaiting a coroutine that is suspended inside another await: "coroutine is being awaited already".
class Pause:
    def __await__(self):
        yield "pause"

async def coroutine():
    await Pause()
    return "value"

async def waiter(c):
    return await c

coro = coroutine()
print(coro.send(None))
try:
    waiter(coro).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    coro.send(None)
except StopIteration as e:
    print("original finishes:", e.value)

first = coroutine()
w1 = waiter(first)
print(w1.send(None))
w2 = waiter(first)
try:
    w2.send(None)
except RuntimeError as e:
    print("second waiter:", e)
try:
    w1.send(None)
except StopIteration as e:
    print("first waiter:", e.value)
