# Plain callbacks and task steps share one FIFO ready queue: they interleave in the
# order they were scheduled.
import asyncio


async def stepper(name, log, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    asyncio.create_task(stepper("t", log, 3))
    loop.call_soon(log.append, "cb1")
    asyncio.create_task(stepper("u", log, 2))
    loop.call_soon(log.append, "cb2")

    def rescheduling(k):
        log.append(f"r{k}")
        if k < 2:
            loop.call_soon(rescheduling, k + 1)

    loop.call_soon(rescheduling, 0)
    for _ in range(4):
        await asyncio.sleep(0)
    print(" ".join(log))


asyncio.run(main())
