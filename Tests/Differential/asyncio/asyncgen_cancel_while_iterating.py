# Cancelling a task that iterates an async generator throws CancelledError into
# the generator at its await; its finally runs, then the consumer's.
import asyncio


async def feed():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            yield i
            i += 1
    finally:
        print("feed finally")


async def reader(log):
    try:
        async for item in feed():
            log.append(item)
    finally:
        print("reader finally, read", log)


async def main():
    log = []
    t = asyncio.create_task(reader(log))
    await asyncio.sleep(3.5)
    t.cancel()
    await asyncio.wait([t])
    print("reader cancelled:", t.cancelled())


asyncio.run(main())
