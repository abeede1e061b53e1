# Tasks waiting for a lock get it in the order they asked; a cancelled waiter gives
# up its place.
import asyncio


async def user(name, lock, out):
    try:
        async with lock:
            out.append(name)
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        out.append(name + " cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    out = []
    await lock.acquire()
    tasks = {n: asyncio.create_task(user(n, lock, out)) for n in ("a", "b", "c", "d")}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(out)


asyncio.run(main())
