# When wait_for times out on a task, the task is cancelled (its finally runs) before
# TimeoutError reaches the caller; if the task swallows the cancellation and
# returns, wait_for returns that result instead (3.11).
import asyncio


async def guarded(name, swallow):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        if not swallow:
            raise
        return name + " swallowed"
    finally:
        print(name, "finally")


async def main():
    for name, swallow in (("plain", False), ("stubborn", True)):
        t = asyncio.create_task(guarded(name, swallow))
        try:
            print(await asyncio.wait_for(t, 1))
        except TimeoutError:
            print("TimeoutError;", t._state, t.cancelled())


asyncio.run(main())
