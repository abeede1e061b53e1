# aclose() with fresh awaitables is always fine: twice, after exhaustion, before starting.
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("  finally")

def await_all(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value

async def main():
    it = agen()
    await it.__anext__()
    print("first aclose ->", await it.aclose())
    print("second aclose ->", await it.aclose())
    it2 = agen()
    async for _ in it2:
        pass
    print("after exhaustion ->", await it2.aclose())
    print("never started ->", await agen().aclose())
    return "main done"

print(await_all(main()))
