# A finished task schedules its done callbacks in registration order, the wake-up
# of a task awaiting it included (registered when it started awaiting).
import asyncio


async def job():
    await asyncio.sleep(0.5)
    return "job result"


async def watcher(t):
    print("watcher woke with", await t)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: print("callback 1:", f.result()))
    w = asyncio.create_task(watcher(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback 2:", f._state))
    result = await t
    print("main woke with", result)
    t.add_done_callback(lambda f: print("callback 3 on a done task"))
    await w
    print("main ends")


asyncio.run(main())
