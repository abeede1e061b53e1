# A task whose awaited future already has its result, but which has not resumed yet,
# can still be cancelled: cancel() returns True and the result is lost.
import asyncio


async def consumer(fut):
    try:
        value = await fut
        print("consumer got", value)
    except asyncio.CancelledError:
        print("consumer cancelled although", repr(fut.result()), "was ready")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(consumer(fut))
    await asyncio.sleep(0)
    fut.set_result("the value")
    print("cancel() ->", t.cancel())
    await asyncio.wait([t])
    print(t.cancelled(), fut.result())


asyncio.run(main())
