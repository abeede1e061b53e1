# cancel() only requests cancellation: the task keeps PENDING and goes on running
# until it is stepped next, when CancelledError is thrown in at its await.
import asyncio


async def worker(log):
    log.append("worker started")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("worker got CancelledError")
        raise


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    log.append(f"after cancel(): {t._state} done={t.done()}")
    t.cancel()
    log.append("second cancel() still pending")
    await asyncio.sleep(0)
    log.append(f"one step later: {t._state}")
    print("\n".join(log))


asyncio.run(main())
