# Async generator expressions, even written in a plain def, consumed by async comprehensions.
class Pause:
    def __await__(self):
        yield "pause"

async def arange(n):
    for i in range(n):
        await Pause()
        yield i

async def wrap(n):
    await Pause()
    return n

def make_doubled(n):
    return (i * 2 async for i in arange(n))

def make_filtered(n):
    return (i * 2 for i in range(n) if await wrap(i))

def run(coro):
    pauses = 0
    try:
        while True:
            coro.send(None)
            pauses += 1
    except StopIteration as e:
        return e.value, pauses

async def consume(agen):
    return [i async for i in agen]

for agen in (make_doubled(5), make_filtered(5)):
    print(type(agen).__name__, agen.__name__, run(consume(agen)))
