# A task can be awaited again after it finished, and by several tasks at once; each
# gets the same result (or the same exception).
import asyncio


async def produce():
    await asyncio.sleep(0.2)
    return ["shared"]


async def fail():
    await asyncio.sleep(0.1)
    raise OSError("disk")


async def waiter(name, task):
    try:
        value = await task
        print(name, "got", value, value is task.result())
    except OSError as e:
        print(name, "caught", repr(e))


async def main():
    t = asyncio.create_task(produce())
    bad = asyncio.create_task(fail())
    await asyncio.gather(waiter("w1", t), waiter("w2", t), waiter("w3", bad), waiter("w4", bad))
    print(await t, await t is t.result())
    try:
        await bad
    except OSError as e:
        print("again", e, e is bad.exception())


asyncio.run(main())
