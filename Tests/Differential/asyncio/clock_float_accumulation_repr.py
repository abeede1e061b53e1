# Deadlines are computed as loop.time() + delay in floats, and the clock jumps to
# exactly those values: ten sleeps of 0.1 end at 0.9999999999999999, not 1.0.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    stamps = []
    for _ in range(10):
        await asyncio.sleep(0.1)
        stamps.append(loop.time())
    print(stamps[:3])
    print(repr(stamps[-1]), stamps[-1] == 1.0)
    await asyncio.sleep(0.2)
    print(repr(loop.time()), repr(time.time()))
    handle = loop.call_later(0.3, print, "timer")
    print(repr(handle.when()))
    await asyncio.sleep(0.3)
    print(repr(loop.time()))


asyncio.run(main())
