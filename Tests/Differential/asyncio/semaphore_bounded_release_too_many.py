# BoundedSemaphore refuses a release() above its initial value.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        async with sem:
            print("both held, locked:", sem.locked())
    print("released both, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print(type(e).__name__, e)
    print(isinstance(sem, asyncio.Semaphore))


asyncio.run(main())
