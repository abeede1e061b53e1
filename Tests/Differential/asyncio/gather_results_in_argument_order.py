# gather returns results in argument order whatever order they finish in; it
# accepts coroutines, tasks and futures, and the same awaitable twice.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.15, fut.set_result, "future")
    task = asyncio.create_task(job("task", 0.05))
    results = await asyncio.gather(job("slow", 0.3), task, fut, job("fast", 0.1), task)
    print(results)
    print(await asyncio.gather())
    print(f"{loop.time():.3f}")


asyncio.run(main())
