# put_nowait() on a full queue raises QueueFull.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    for i in range(3):
        print("putting", i)
        q.put_nowait(i)


asyncio.run(main())
