# When a task finishes, the task awaiting it resumes from a callback scheduled with
# call_soon: handles already queued run first.
import asyncio


async def quick():
    print("quick runs")
    return "q"


async def counter(log):
    for i in range(4):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    asyncio.create_task(counter(log))
    t = asyncio.create_task(quick())
    log.append("main awaits")
    result = await t
    log.append("main got " + result)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
