# A child of gather that gets cancelled makes gather raise CancelledError (without
# return_exceptions); the siblings keep running.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.5)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; b done?", b.done())
    print(await b)


asyncio.run(main())
