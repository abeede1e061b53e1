# return_when=FIRST_COMPLETED returns as soon as one finishes; the rest stay pending
# and keep running.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    pending = {asyncio.create_task(job(d), name=f"j{d}") for d in (0.3, 0.1, 0.2, 0.1)}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print(f"round {rounds} at {loop.time():.3f}: done {names(done)} pending {names(pending)}")
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
