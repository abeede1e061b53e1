# Tasks that yield with sleep(0) take turns in creation order, one step each per
# loop iteration.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in (("a", 3), ("b", 1), ("c", 2))]
    for t in tasks:
        await t
    print("all done")


asyncio.run(main())
