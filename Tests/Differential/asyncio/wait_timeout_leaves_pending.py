# asyncio.wait(timeout=...) returns when the time is up, without raising and without
# cancelling what is still pending.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"j{d}") for d in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(f"{loop.time():.3f}", names(done), names(pending))
    print([t.cancelled() for t in tasks])
    done, pending = await asyncio.wait(tasks, timeout=10)
    print(f"{loop.time():.3f}", names(done), names(pending))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(f"{loop.time():.3f}", len(done), len(pending))


asyncio.run(main())
