# asyncio.run returns the coroutine's result; each call runs a new loop to the end.
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * x


async def main(n):
    results = []
    for i in range(n):
        results.append(await compute(i))
    return results


print(asyncio.run(main(4)))
print(asyncio.run(main(0)))
print(asyncio.run(compute(7)))


async def nothing():
    pass


print(asyncio.run(nothing()))
