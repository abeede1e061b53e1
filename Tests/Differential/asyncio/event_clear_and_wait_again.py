# wait() on a set event returns at once; clear() makes later waits block again;
# set() twice is harmless.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    ev.set()
    ev.set()
    print(await ev.wait(), f"{loop.time():.3f}")
    ev.clear()
    print(ev.is_set())
    loop.call_later(2, ev.set)
    print(await ev.wait(), f"{loop.time():.3f}")
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except asyncio.TimeoutError:
        print("timed out waiting", f"{loop.time():.3f}", ev.is_set())


asyncio.run(main())
