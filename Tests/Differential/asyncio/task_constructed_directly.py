# asyncio.Task(coro) and asyncio.Future() made directly inside a running loop behave
# like create_task / create_future; Task(coro) schedules its first step at once.
import asyncio


async def job(x):
    print("job starts with", x)
    await asyncio.sleep(0.5)
    return x + 1


async def main():
    t = asyncio.Task(job(1))
    named = asyncio.Task(job(10), name="direct")
    print(t.get_name(), named.get_name(), t.done())
    f = asyncio.Future()
    asyncio.get_running_loop().call_later(1, f.set_result, "future value")
    print(await t, await named, await f)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
