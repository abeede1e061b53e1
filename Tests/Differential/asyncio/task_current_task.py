# current_task() is the task running the calling coroutine; awaited coroutines
# share their caller's task; outside a loop it raises RuntimeError.
import asyncio


async def who(label):
    me = asyncio.current_task()
    print(label, me.get_name())
    return me


async def main():
    main_task = await who("main")
    print("awaited coroutine shares the task:", main_task is asyncio.current_task())
    child = asyncio.create_task(who("child"), name="kid")
    inner = await child
    print("child's own task:", inner is child, inner is not main_task)
    loop = asyncio.get_running_loop()
    print("current_task(loop):", asyncio.current_task(loop) is main_task)
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(asyncio.current_task()))
    print("in a plain callback:", await fut)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
