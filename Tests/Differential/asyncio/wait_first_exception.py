# return_when=FIRST_EXCEPTION returns when a task raises (or when all are done if
# none raises); the exception is not raised by wait itself.
import asyncio


async def job(delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"failed after {delay}")
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d, f), name=f"j{d}")
             for d, f in ((0.1, False), (0.2, True), (0.5, False))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f}", names(done), names(pending))
    print([repr(t.exception()) for t in tasks if t in done and t.exception()])
    more = [asyncio.create_task(job(d, False), name=f"k{d}") for d in (0.1, 0.3)]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f}", names(done), names(pending))
    await asyncio.wait(tasks)
    print(f"{loop.time():.3f}", [t.done() for t in tasks])


asyncio.run(main())
