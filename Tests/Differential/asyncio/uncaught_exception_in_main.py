# An exception escaping the main coroutine propagates out of asyncio.run after the
# leftover task has been cancelled and cleaned up.
import asyncio


async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper cleaned up")


async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0.5)
    print("main raises at", f"{asyncio.get_running_loop().time():.3f}")
    raise ValueError("main failed")


asyncio.run(main())
print("not reached")
