# A queue with maxsize makes put() wait while it is full; each get() lets the
# oldest waiting producer in.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"{asyncio.get_running_loop().time():.1f} put {name}{i} size={q.qsize()}")


async def main():
    q = asyncio.Queue(maxsize=2)
    p1 = asyncio.create_task(producer(q, "a", 3))
    p2 = asyncio.create_task(producer(q, "b", 2))
    await asyncio.sleep(1)
    print("full:", q.full())
    for _ in range(5):
        item = await q.get()
        print(f"{asyncio.get_running_loop().time():.1f} got {item}")
        await asyncio.sleep(1)
    await asyncio.gather(p1, p2)
    print("empty:", q.empty())


asyncio.run(main())
