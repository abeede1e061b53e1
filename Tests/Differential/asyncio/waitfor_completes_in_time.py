# wait_for returns the result when the awaitable finishes before the timeout, at
# the awaitable's own pace; timeout=None waits as long as it takes.
import asyncio


async def job(delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(job(0.5, "fast"), 2), f"{loop.time():.3f}")
    print(await asyncio.wait_for(job(100, "patient"), None), f"{loop.time():.3f}")
    task = asyncio.create_task(job(1, "task"))
    print(await asyncio.wait_for(task, timeout=5), f"{loop.time():.3f}")
    try:
        await asyncio.wait_for(job(0.1, "x"), 0.05)
    except asyncio.TimeoutError:
        print("timed out", f"{loop.time():.3f}")


asyncio.run(main())
