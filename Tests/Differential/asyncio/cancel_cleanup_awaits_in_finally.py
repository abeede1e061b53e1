# A cancelled task may await inside its finally block (cleanup that takes time);
# whoever awaits it waits for the cleanup to end.
import asyncio


async def connection(name):
    loop = asyncio.get_running_loop()
    try:
        print(f"{name} open at {loop.time():.3f}")
        await asyncio.sleep(60)
    finally:
        print(f"{name} closing at {loop.time():.3f}")
        await asyncio.sleep(0.25)
        print(f"{name} closed at {loop.time():.3f}")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(connection(n)) for n in ("c1", "c2")]
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results], f"{loop.time():.3f}")


asyncio.run(main())
