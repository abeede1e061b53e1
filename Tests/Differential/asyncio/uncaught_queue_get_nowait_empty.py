# get_nowait() on an empty queue raises QueueEmpty (asyncio.queues.QueueEmpty on
# the last line, with no message).
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("one")
    print(q.get_nowait())
    print(q.get_nowait())


asyncio.run(main())
