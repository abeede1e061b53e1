# `async with lock` lets one task at a time into the critical section; the others
# wait in line.
import asyncio


async def critical(name, lock, log):
    loop = asyncio.get_running_loop()
    async with lock:
        log.append(f"{loop.time():.1f} {name} in")
        await asyncio.sleep(1)
        log.append(f"{loop.time():.1f} {name} out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(n, lock, log) for n in ("a", "b", "c")))
    print("\n".join(log))
    print("locked at the end:", lock.locked())


asyncio.run(main())
