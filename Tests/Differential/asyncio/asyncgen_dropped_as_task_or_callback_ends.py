# An async generator whose last reference goes as a task's coroutine returns, or as
# a loop callback returns, reaches the loop's finalizer hook at that moment: its
# aclose() task is scheduled before the task's waiters wake, so the generator's
# finally (with an await in it) interleaves with the other tasks at a fixed point.
import asyncio


async def resource(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print(name, "finally after its await")


async def worker():
    gen = resource("worker's")
    print("worker got", await gen.__anext__())
    print("worker returns")


def callback(holder):
    gen = holder.pop()
    print("callback returns")


async def main():
    await asyncio.create_task(worker())
    print("main: worker awaited")
    for i in range(3):
        await asyncio.sleep(0)
        print("main step", i)
    holder = [resource("callback's")]
    print("main got", await holder[0].__anext__())
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, holder)
    # No Python code runs between the callback and this one's print: only the
    # moment of the drop decides whether the aclose() task steps before the print.
    loop.call_soon(loop.call_soon, loop.call_soon, print, "two callbacks later")
    for i in range(3, 6):
        await asyncio.sleep(0)
        print("main step", i)


asyncio.run(main())
