# gather of gathers nests the result lists; gather() of nothing is a finished
# future holding [].
import asyncio


async def leaf(x):
    await asyncio.sleep(0.01 * x)
    return x


async def main():
    loop = asyncio.get_running_loop()
    empty = asyncio.gather()
    print(type(empty).__name__, empty.done(), empty.result())
    inner1 = asyncio.gather(leaf(1), leaf(2))
    inner2 = asyncio.gather(leaf(3), asyncio.gather(leaf(4), leaf(5)))
    print(await asyncio.gather(inner1, inner2, leaf(6)))
    print(f"{loop.time():.3f}")


asyncio.run(main())
