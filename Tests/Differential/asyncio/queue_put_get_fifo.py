# asyncio.Queue is first in, first out; get() on an empty queue waits for a put.
import asyncio


async def main():
    q = asyncio.Queue()
    for item in ("a", 1, None, ("t", 2)):
        await q.put(item)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    while not q.empty():
        print(repr(await q.get()))

    async def late_put():
        await asyncio.sleep(1)
        print("putting")
        q.put_nowait("late")

    asyncio.create_task(late_put())
    print("waiting for get")
    print(await q.get(), f"{asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
