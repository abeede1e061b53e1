# Async comprehensions inside a task: `async for` over an async generator and
# `await` in the element expression, all on the virtual clock.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.25)
        yield n
        n -= 1


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    loop = asyncio.get_running_loop()
    print([x async for x in countdown(3)], f"{loop.time():.3f}")
    print([await double(x) for x in range(3)], f"{loop.time():.3f}")
    print({x: await double(x) async for x in countdown(2) if x % 2 == 0}, f"{loop.time():.3f}")
    squares = (x * x async for x in countdown(2))
    print([y async for y in squares], f"{loop.time():.3f}")


asyncio.run(main())
