# When the main task itself is cancelled, asyncio.run raises CancelledError, which
# ends the program like any other uncaught exception.
import asyncio


async def canceller(task):
    await asyncio.sleep(1)
    print("cancelling main")
    task.cancel()


async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally at", f"{asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
