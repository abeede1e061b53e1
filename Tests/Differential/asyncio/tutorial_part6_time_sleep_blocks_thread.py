# Seed tutorial part 6: time.sleep blocks the whole thread (every task waits), while
# asyncio.sleep blocks only the coroutine that awaits it.
import time
import asyncio


async def blocking(name):
    print(name, "start {:.1f}".format(time.time() - start))
    time.sleep(1)
    print(name, "stop {:.1f}".format(time.time() - start))


async def polite(name):
    print(name, "start {:.1f}".format(time.time() - start))
    await asyncio.sleep(1)
    print(name, "stop {:.1f}".format(time.time() - start))


loop = asyncio.get_event_loop()
for worker in (blocking, polite):
    start = time.time()
    tasks = [loop.create_task(worker(name)) for name in ("A", "B", "C")]
    loop.run_until_complete(asyncio.gather(*tasks))
    print(worker.__name__, "total {:.4f}".format(time.time() - start))
