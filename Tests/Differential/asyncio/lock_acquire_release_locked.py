# Lock.acquire() returns True, locked() reports the state, release() of an unlocked
# lock raises RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with lock as value:
        print("inside", value, lock.locked())
    print("after", lock.locked())
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as e:
        print("released on error:", not lock.locked(), repr(e))


asyncio.run(main())
