# aclose() on a suspended async generator throws GeneratorExit at its yield: its
# finally runs, and may await (here a sleep) before aclose() returns.
import asyncio


async def stream():
    loop = asyncio.get_running_loop()
    try:
        for i in range(10):
            yield i
    finally:
        print(f"finally starts at {loop.time():.3f}")
        await asyncio.sleep(0.5)
        print(f"finally ends at {loop.time():.3f}")


async def main():
    gen = stream()
    print(await gen.__anext__(), await gen.__anext__())
    print("aclose ->", await gen.aclose())
    print("aclose again ->", await gen.aclose())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
