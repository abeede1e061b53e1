# Queue.join() waits until every item put has been marked with task_done().
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        log.append(f"{name}:{item}")
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    log = []
    for delay in (0.3, 0.1, 0.2, 0.1, 0.4):
        q.put_nowait(delay)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print(f"joined at {loop.time():.3f}", log)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    await q.join()
    print("join on a finished queue returns at once")


asyncio.run(main())
