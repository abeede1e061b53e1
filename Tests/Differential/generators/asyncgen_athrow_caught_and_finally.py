# athrow() into an async generator that handles it: the next yield is athrow's result.
class FooEr(Exception):
    pass

class Pause:
    def __await__(self):
        yield "pause"

log = []

async def gen():
    try:
        await Pause()
        try:
            v = yield 1
        except FooEr:
            v = 1000
            await Pause()
        yield v * 2
        await Pause()
    finally:
        await Pause()
        log.append("finally")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    g = gen()
    out = [await g.asend(None), await g.athrow(FooEr)]
    try:
        await g.asend(None)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out

print(run(main()), log)

def sgen():
    try:
        v = yield 1
    except FooEr:
        v = 1000
    yield v * 2
sg = sgen()
print(sg.send(None), sg.throw(FooEr), next(sg, "STOP"))
