# A task that catches CancelledError and returns normally is not cancelled: it
# finishes with its result.
import asyncio


async def resilient():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught the cancellation")
    await asyncio.sleep(0.5)
    return "finished anyway"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(resilient())
    await asyncio.sleep(1)
    print(t.cancel())
    print(await t)
    print(t.cancelled(), t._state, f"{loop.time():.3f}")


asyncio.run(main())
