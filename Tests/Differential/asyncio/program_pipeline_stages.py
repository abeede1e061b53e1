# A whole program: a three-stage pipeline (generate -> square -> collect) joined by
# bounded queues, each stage a task; the stages overlap on the virtual clock and the
# pipeline shuts down with sentinels.
import asyncio

DONE = object()


async def generate(out, n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        await out.put(i)
    await out.put(DONE)


async def square(inp, out):
    while (item := await inp.get()) is not DONE:
        await asyncio.sleep(0.25)
        await out.put(item * item)
    await out.put(DONE)


async def collect(inp, log):
    loop = asyncio.get_running_loop()
    total = 0
    while (item := await inp.get()) is not DONE:
        total += item
        log.append(f"{loop.time():.2f}:{item}")
    return total


async def main():
    q1, q2 = asyncio.Queue(2), asyncio.Queue(1)
    log = []
    _, _, total = await asyncio.gather(generate(q1, 5), square(q1, q2), collect(q2, log))
    print(log)
    print("total", total, f"at {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
