# sleep(0) gives every other ready task exactly one step; it schedules no timer.
import asyncio


async def spinner(name, log):
    for i in range(3):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(spinner(n, log)) for n in "xyz"]
    log.append("main")
    await asyncio.sleep(0)
    log.append("main again")
    await asyncio.sleep(0)
    log.append("main third")
    await asyncio.gather(*tasks)
    print(" ".join(log))
    print(f"{loop.time():.3f}")


asyncio.run(main())
