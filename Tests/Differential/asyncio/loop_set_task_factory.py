# loop.set_task_factory: create_task (the loop's and asyncio's), ensure_future and
# gather build tasks through factory(loop, coro); a name given to create_task is
# set afterwards with set_name. get_task_factory returns it; None restores Task.
import asyncio


made = []


def factory(loop, coro):
    made.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, name="made-" + str(len(made)))


async def job(n):
    await asyncio.sleep(0)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    a = asyncio.create_task(job(1))
    b = loop.create_task(job(2), name="given")
    c = asyncio.ensure_future(job(3))
    print(a.get_name(), b.get_name(), c.get_name())
    print(await asyncio.gather(a, b, c, job(4)))
    print(made)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print(type(e).__name__, e)
    loop.set_task_factory(None)
    print(loop.get_task_factory(), asyncio.create_task(job(5)).get_name())
    print(loop.slow_callback_duration)


asyncio.run(main())
