# Semaphore waiters are woken first in, first out, each release() waking one; a
# task acquiring while others wait queues behind them.
import asyncio


async def user(name, sem, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0.1)


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    tasks = [asyncio.create_task(user(n, sem, log)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    print(sem.locked(), log)
    await asyncio.sleep(0.1)
    late = asyncio.create_task(user("late", sem, log))
    await asyncio.gather(*tasks, late)
    print(log, sem.locked(), f"{asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
