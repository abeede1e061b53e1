# An error in an awaited coroutine propagates out of asend() after the finally awaits.
class Pause:
    def __await__(self):
        yield "pause"

log = []

async def crash():
    await Pause()
    1 / 0

async def gen():
    try:
        await Pause()
        v = yield 1
        await crash()
        log.append("not reached")
        yield v * 2
    finally:
        await Pause()
        await Pause()
        log.append("finally")

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

async def main():
    g = gen()
    v = await g.asend(None)
    try:
        await g.asend(100)
    except ZeroDivisionError as e:
        return v, "ZeroDivisionError", str(e)

print(run(main()), log)
