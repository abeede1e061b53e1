# The first exception among gathered coroutines escapes asyncio.run; the sibling
# still running is cancelled by asyncio.run on the way out.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(n)
        if n == 2:
            raise KeyError(f"worker {n}")
        print("worker", n, "ok")
    finally:
        print("worker", n, "finally")


async def main():
    await asyncio.gather(worker(1), worker(2), worker(3))


asyncio.run(main())
