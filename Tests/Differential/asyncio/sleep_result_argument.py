# asyncio.sleep(delay, result) returns `result` (None by default), also for 0 and
# negative delays, which do not move the clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-5, result=[1, 2]))
    print(f"{loop.time():.3f}")
    print(await asyncio.sleep(0.5, result={"k": "v"}))
    print(f"{loop.time():.3f}")
    value = await asyncio.sleep(1, 42) + 1
    print(value, f"{loop.time():.3f}")


asyncio.run(main())
