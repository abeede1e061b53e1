# Unnamed tasks are called Task-N, N counting only unnamed tasks in creation order
# (asyncio.run's main task is Task-1); a name given to create_task is kept as str.
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(work()),
        asyncio.create_task(work(), name="fetcher"),
        loop.create_task(work()),
        asyncio.ensure_future(work()),
        asyncio.create_task(work(), name=42),
        loop.create_task(work(), name=None),
    ]
    for t in tasks:
        print(repr(t.get_name()))
    await asyncio.gather(*tasks)
    print(asyncio.create_task(work()).get_name())
    await asyncio.sleep(0)


asyncio.run(main())
