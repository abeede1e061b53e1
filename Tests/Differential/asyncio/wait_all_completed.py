# asyncio.wait with the default ALL_COMPLETED returns (done, pending) sets once all
# have finished, failures included; the sets are printed sorted by task name.
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"job {delay} failed")
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d, d == 2), name=f"j{d}") for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(names(done), names(pending), f"{loop.time():.3f}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())
    print(type(done).__name__, type(pending).__name__)


asyncio.run(main())
