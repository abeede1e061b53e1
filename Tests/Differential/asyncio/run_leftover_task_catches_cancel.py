# A leftover task may catch the CancelledError asyncio.run sends it and even await
# inside its handler; asyncio.run waits until it has finished.
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"stubborn cancelled at {loop.time():.3f}")
        await asyncio.sleep(0.5)
        print(f"stubborn finished cleanup at {loop.time():.3f}")
        return "ignored result"


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.25)
    print("main done")


asyncio.run(main())
print("run returned")
