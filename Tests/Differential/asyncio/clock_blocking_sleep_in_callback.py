# A blocking sleep in a plain callback delays everything after it: handles already
# ready still run in that iteration, then overdue timers fire in deadline order.
import asyncio
import time


def log(msg):
    print(f"{time.monotonic():.3f} {msg}")


def hog():
    log("hog sleeps 1.0")
    time.sleep(1.0)
    log("hog wakes")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, log, "timer 0.3")
    loop.call_later(0.1, log, "timer 0.1")
    loop.call_later(0.2, log, "timer 0.2")
    loop.call_soon(hog)
    loop.call_soon(log, "soon after hog")
    await asyncio.sleep(0.05)
    log("main after sleep(0.05)")
    await asyncio.sleep(0.5)
    log("main after sleep(0.5)")


asyncio.run(main())
