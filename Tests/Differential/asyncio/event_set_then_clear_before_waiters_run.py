# Waiters woken by set() return True even if the event is cleared again before they
# get to run.
import asyncio


async def waiter(name, ev, log):
    await ev.wait()
    log.append(f"{name} woke, is_set={ev.is_set()}")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in "ab"]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    log.append("main cleared")
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
