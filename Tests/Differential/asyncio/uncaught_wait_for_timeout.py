# An unhandled wait_for timeout: TimeoutError (raised from the CancelledError of the
# timed-out coroutine) ends the program.
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print("slow cancelled at", f"{asyncio.get_running_loop().time():.3f}")


async def main():
    print("waiting up to 2 s")
    await asyncio.wait_for(slow(), 2)


asyncio.run(main())
