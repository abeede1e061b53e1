# all_tasks() holds the tasks of the running loop that are not done, the current one
# included (a set: printed sorted by name).
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    print(names())
    tasks = [asyncio.create_task(sleeper(d), name=f"s{d}") for d in (3, 1, 2)]
    quick = asyncio.create_task(sleeper(0))
    print(names())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(names(), quick.done())
    await asyncio.sleep(1.5)
    print(names())
    await asyncio.gather(*tasks)
    print(names(), type(asyncio.all_tasks()).__name__)


asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(type(e).__name__, e)
