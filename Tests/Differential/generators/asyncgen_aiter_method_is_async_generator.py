# A class whose __aiter__ is itself an async generator function works with async for.
class Pause:
    def __await__(self):
        yield "pause"

class Gen:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        for i in range(self.n):
            yield i
            await Pause()

def run(coro):
    pauses = 0
    try:
        while True:
            coro.send(None)
            pauses += 1
    except StopIteration as e:
        return e.value, pauses

async def to_list(obj):
    return [x async for x in obj]

print(run(to_list(Gen(3))))
g = Gen(2)
it = g.__aiter__()
print(type(it).__name__, it.__aiter__() is it)

async def manual():
    ait = Gen(2).__aiter__()
    results = []
    while True:
        try:
            results.append(await ait.__anext__())
        except StopAsyncIteration:
            return results
print(run(manual()))
