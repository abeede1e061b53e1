# Releasing a lock that is not held raises RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("held:", lock.locked())
    print("held:", lock.locked())
    lock.release()


asyncio.run(main())
