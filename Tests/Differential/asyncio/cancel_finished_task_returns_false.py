# cancel() of a task that already finished (with a result, an exception, or
# cancelled) returns False and changes nothing.
import asyncio


async def ok():
    return "fine"


async def bad():
    raise ValueError("broken")


async def slow():
    await asyncio.sleep(10)


async def main():
    tasks = [asyncio.create_task(f()) for f in (ok, bad, slow)]
    await asyncio.sleep(0)
    tasks[2].cancel()
    await asyncio.sleep(0)
    for t in tasks:
        print(t.get_name(), t._state, "cancel() ->", t.cancel(), t._state, t.cancelled())
    print(tasks[0].result(), repr(tasks[1].exception()))


asyncio.run(main())
