# Elapsed virtual time: awaiting sleeps one after another adds them up, gathering
# them takes the longest one.
import asyncio
import time


async def pause(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    delays = [0.5, 1.5, 0.25, 1.0]
    start = time.perf_counter()
    for d in delays:
        await pause(d)
    print(f"sequential {time.perf_counter() - start:.3f}")
    start = time.perf_counter()
    results = await asyncio.gather(*(pause(d) for d in delays))
    print(f"gathered {time.perf_counter() - start:.3f}", results)


asyncio.run(main())
