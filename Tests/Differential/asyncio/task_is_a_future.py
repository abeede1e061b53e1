# Task is a subclass of Future; tasks and futures are awaitable but not coroutines;
# a Task refuses set_result/set_exception.
import asyncio
import inspect


async def job():
    return 5


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job())
    f = loop.create_future()
    print(issubclass(asyncio.Task, asyncio.Future), isinstance(t, asyncio.Future))
    print(isinstance(f, asyncio.Task), type(f) is asyncio.Future)
    print(inspect.isawaitable(t), inspect.isawaitable(f), inspect.iscoroutine(t))
    for method, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            method(arg)
        except RuntimeError as e:
            print(type(e).__name__, e)
    print(await t)
    f2 = asyncio.Future()
    f2.set_result("plain Future()")
    print(await f2)
    f.cancel()


asyncio.run(main())
