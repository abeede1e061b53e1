# Tasks sleeping different times wake in deadline order, and the loop's clock reads
# each deadline when they do.
import asyncio


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    log.append(name)
    print(f"{name} woke at {loop.time():.3f}")


async def main():
    log = []
    delays = {"slow": 0.3, "fast": 0.05, "mid": 0.2, "tie-1": 0.1, "tie-2": 0.1}
    tasks = [asyncio.create_task(sleeper(n, d, log)) for n, d in delays.items()]
    await asyncio.wait(tasks)
    print(log)


asyncio.run(main())
