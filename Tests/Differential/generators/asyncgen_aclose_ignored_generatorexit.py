# An async generator that yields while being closed: "async generator ignored GeneratorExit".
class Pause:
    def __await__(self):
        yield "pause"

async def foo():
    try:
        yield 1
        1 / 0
    finally:
        await Pause()
        yield 12

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    gen = foo()
    await gen.__anext__()
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    return "main finished"
print(run(main()))

async def catch_all():
    try:
        yield
    except:
        pass
    yield
async def main2():
    g = catch_all()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("catch-all:", e)
print(run(main2()))
