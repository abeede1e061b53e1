# A task can cancel itself: the CancelledError arrives at its next await, and a
# sleep(0) is enough for it to arrive.
import asyncio


async def selfish():
    me = asyncio.current_task()
    print("cancel() ->", me.cancel())
    print("still running after cancel()")
    try:
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError:
        print("got it at the next await")
        return "swallowed"


async def main():
    print(await asyncio.create_task(selfish()))


asyncio.run(main())
