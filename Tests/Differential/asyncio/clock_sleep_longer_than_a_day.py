# Very long sleeps cost nothing on the virtual clock: tasks sleeping an hour, ten days
# and ninety days (longer than asyncio's one-day cap on a single wait) wake at their
# deadlines, in order.
import asyncio
import time

DAY = 24 * 3600


async def sleeper(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} wakes on day {time.time() / DAY:.2f}")
    return name


async def main():
    names = await asyncio.gather(sleeper("ninety days", 90 * DAY), sleeper("ten days", 10 * DAY),
                                 sleeper("hour", 3600))
    print(names, f"{asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
