# Timers with equal deadlines fire in the order they were scheduled: tasks sleeping
# the same time wake in the order they went to sleep, not in creation order.
import asyncio


async def sleeper(name, before):
    # `before` sleep(0)s decide when this task schedules its timer.
    for _ in range(before):
        await asyncio.sleep(0)
    print(name, "sleeps")
    await asyncio.sleep(1)
    print(name, "wakes at", f"{asyncio.get_running_loop().time():.3f}")


async def main():
    specs = [("a", 2), ("b", 0), ("c", 1), ("d", 0), ("e", 2)]
    await asyncio.gather(*(sleeper(n, k) for n, k in specs))


asyncio.run(main())
