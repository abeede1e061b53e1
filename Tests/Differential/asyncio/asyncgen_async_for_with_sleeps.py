# An async generator that sleeps between items, consumed by two tasks with `async
# for`: the items interleave on the virtual clock.
import asyncio


async def ticks(name, period, count):
    loop = asyncio.get_running_loop()
    for i in range(count):
        await asyncio.sleep(period)
        yield f"{name}{i}@{loop.time():.2f}"


async def consume(name, period, count):
    got = []
    async for item in ticks(name, period, count):
        print(item)
        got.append(item)
    return len(got)


async def main():
    print(await asyncio.gather(consume("a", 0.3, 3), consume("b", 0.2, 4)))
    print([x async for x in ticks("c", 0.05, 3)])


asyncio.run(main())
