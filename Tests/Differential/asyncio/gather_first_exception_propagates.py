# Without return_exceptions, the first exception is raised to the awaiter of gather
# at once; the other awaitables are not cancelled and keep running.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished at {asyncio.get_running_loop().time():.3f}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d, f)) for n, d, f in
             (("a", 0.1, False), ("b", 0.2, True), ("c", 0.3, True), ("d", 0.4, False))]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print(f"caught {e!r} at {loop.time():.3f}")
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    await asyncio.sleep(1)
    print([t.done() for t in tasks], repr(tasks[2].exception()))


asyncio.run(main())
