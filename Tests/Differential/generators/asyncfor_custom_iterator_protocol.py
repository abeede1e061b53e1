# async for over a class with __aiter__/__anext__: __aiter__ once, awaits pass through.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield self.value

class Counter:
    calls = 0
    def __init__(self, stop):
        self.i, self.stop = 0, stop
    def __aiter__(self):
        Counter.calls += 1
        return self
    async def __anext__(self):
        self.i += 1
        if self.i % 3 == 0:
            await Yield(("tick", self.i))
        if self.i > self.stop:
            raise StopAsyncIteration
        return self.i, self.i * 10

def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value

async def total(stop):
    acc = []
    async for a, b in Counter(stop):
        acc.append(a + b)
    return acc

print(run(total(7)))
print(run(total(0)))
print("__aiter__ calls:", Counter.calls)
