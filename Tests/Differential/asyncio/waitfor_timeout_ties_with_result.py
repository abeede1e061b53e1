# wait_for's timeout timer and the awaited sleep fall due at the same instant: the
# timer scheduled first fires first. For a coroutine, wait_for schedules its timeout
# before the coroutine starts sleeping, so TimeoutError wins; for a task already
# sleeping, the task's timer comes first and the result wins.
import asyncio


async def exactly(delay):
    try:
        await asyncio.sleep(delay)
        return "made it"
    except asyncio.CancelledError:
        print("cancelled at", f"{asyncio.get_running_loop().time():.3f}")
        raise


async def main():
    for timeout in (1, 1.001):
        try:
            print(await asyncio.wait_for(exactly(1), timeout))
        except TimeoutError:
            print("TimeoutError with timeout", timeout)
    t = asyncio.create_task(exactly(1))
    await asyncio.sleep(0)
    try:
        print(await asyncio.wait_for(t, 1))
    except TimeoutError:
        print("not reached")


asyncio.run(main())
