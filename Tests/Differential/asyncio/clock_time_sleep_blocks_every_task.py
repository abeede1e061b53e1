# time.sleep inside a task blocks the whole loop: the clock moves, no other task
# runs meanwhile, and timers that fell due fire late, all in deadline order.
import asyncio
import time


async def ticker(name, period, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        await asyncio.sleep(period)
        print(f"{name} at {loop.time():.3f}")


async def blocker():
    await asyncio.sleep(0.15)
    print(f"blocker sleeps 0.5 at {time.monotonic():.3f}")
    time.sleep(0.5)
    print(f"blocker wakes at {time.monotonic():.3f}")


async def main():
    await asyncio.gather(ticker("fast", 0.1, 4), ticker("slow", 0.3, 2), blocker())
    print(f"end {time.monotonic():.3f}")


asyncio.run(main())
