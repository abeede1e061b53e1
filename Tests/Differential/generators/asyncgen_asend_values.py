# asend(value) and __anext__().send(value) deliver values into the async generator's yields.
class Pause:
    def __await__(self):
        yield "pause"

async def gen():
    v = yield 1
    v = yield v
    await Pause()
    yield v * 100

it = gen()
def step(awaitable, value=None):
    try:
        out = awaitable.send(value)
        print("  awaiting:", out)
        awaitable.send(None)
    except StopIteration as ex:
        return ex.args[0]
    except StopAsyncIteration:
        return "StopAsyncIteration"

print(step(it.__anext__()))
print(step(it.__anext__(), 10))
print(step(it.asend(12)))
print(step(it.asend(None)))
print(step(it.__anext__()))

async def sgen():
    v = yield 1
    yield v * 2
s = sgen()
print(step(s.asend(None)), step(s.asend(100)), step(s.asend(None)))
