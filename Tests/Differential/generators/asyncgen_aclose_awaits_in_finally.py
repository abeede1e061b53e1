# aclose() runs the finally block, which may await; code after the try does not run.
class Pause:
    def __await__(self):
        yield "pause"

log = []

async def foo():
    try:
        yield 1
        log.append("not reached")
        yield 2
    finally:
        await Pause()
        await Pause()
        log.append("finally done")
    log.append("after try (not reached)")

def run(coro):
    pauses = 0
    try:
        while True:
            coro.send(None)
            pauses += 1
    except StopIteration as e:
        return e.value, pauses

async def main():
    gen = foo()
    first = await gen.__anext__()
    result = await gen.aclose()
    return first, result

print(run(main()), log)
