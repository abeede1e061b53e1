# Reprs of Queue, Event, Lock, Semaphore, futures with callbacks and a waiting task;
# the class hierarchy of asyncio's exceptions (CancelledError is not an Exception).
import asyncio


async def main():
    q = asyncio.Queue(3)
    q.put_nowait(1)
    print(repr(q))
    print(str(q))
    e = asyncio.Event()
    print(repr(e))
    e.set()
    print(repr(e))
    lock = asyncio.Lock()
    print(repr(lock))
    await lock.acquire()
    print(repr(lock))
    print(repr(asyncio.Semaphore(2)), repr(asyncio.BoundedSemaphore()))
    for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty,
                asyncio.QueueFull, asyncio.TimeoutError):
        print([c.__name__ for c in cls.__mro__], cls.__module__)
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(print)
    print(repr(f))
    f.cancel()
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index("wait_for="):])
    t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
