# A producer and two consumers at different speeds, with a sentinel per consumer to
# stop them; the timeline shows who takes what and when.
import asyncio


async def producer(q, items):
    loop = asyncio.get_running_loop()
    for item in items:
        await asyncio.sleep(0.1)
        await q.put(item)
        print(f"{loop.time():.3f} produced {item}")
    for _ in range(2):
        await q.put(None)


async def consumer(name, q, speed):
    loop = asyncio.get_running_loop()
    taken = []
    while (item := await q.get()) is not None:
        print(f"{loop.time():.3f} {name} takes {item}")
        await asyncio.sleep(speed)
        taken.append(item)
    return name, taken


async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, list("abcdefg")),
                                   consumer("fast", q, 0.15), consumer("slow", q, 0.35))
    print(results[1:])


asyncio.run(main())
