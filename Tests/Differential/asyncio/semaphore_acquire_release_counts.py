# Semaphore counts: acquire() returns True, locked() is True at zero, release() may
# raise the count above its start; a negative start value is a ValueError.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    print(sem.locked(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    zero = asyncio.Semaphore(0)
    print(zero.locked())
    asyncio.get_running_loop().call_later(1, zero.release)
    print(await zero.acquire(), f"{asyncio.get_running_loop().time():.3f}")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    print(asyncio.Semaphore().locked())


asyncio.run(main())
