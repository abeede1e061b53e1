# get_nowait on an empty queue raises QueueEmpty, put_nowait on a full one raises
# QueueFull; both exceptions have no message.
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, Exception))
    q.put_nowait("only")
    try:
        q.put_nowait("one too many")
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(str(e)))
    print(q.get_nowait(), q.qsize())
    unbounded = asyncio.Queue(0)
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())


asyncio.run(main())
