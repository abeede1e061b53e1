# When a lock is released while tasks wait for it, a newcomer calling acquire()
# before the woken waiter has run does not jump the queue (3.11's Lock).
import asyncio


async def user(name, lock, log, hold):
    await lock.acquire()
    log.append(name)
    try:
        await asyncio.sleep(hold)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    log = []
    first = asyncio.create_task(user("first", lock, log, 1))
    waiter = asyncio.create_task(user("waiter", lock, log, 0))
    await asyncio.sleep(0.5)
    print(lock.locked(), log)
    await first
    print("first done; lock locked:", lock.locked())
    newcomer = asyncio.create_task(user("newcomer", lock, log, 0))
    await asyncio.gather(waiter, newcomer)
    print(log)


asyncio.run(main())
