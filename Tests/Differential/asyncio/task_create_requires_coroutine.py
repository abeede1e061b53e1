# create_task and loop.create_task accept only coroutines; ensure_future also takes
# futures and awaitables and passes a task or future through unchanged.
import asyncio


async def job():
    return "job"


async def main():
    loop = asyncio.get_running_loop()
    for make in (asyncio.create_task, loop.create_task):
        for arg in (42, None, "text"):
            try:
                make(arg)
            except TypeError as e:
                print(type(e).__name__, e)
    t = asyncio.create_task(job())
    f = loop.create_future()
    print(asyncio.ensure_future(t) is t, asyncio.ensure_future(f) is f)
    wrapped = asyncio.ensure_future(job())
    print(type(wrapped).__name__, await wrapped, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(type(e).__name__, e)
    f.cancel()


asyncio.run(main())
