# asyncio treats timers due within the clock's resolution (1e-09 s on Linux) of now
# as due: one scheduled 1e-10 s ahead runs in the next iteration without the clock
# moving, while one 1e-3 s ahead makes the clock jump to its deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    tiny = loop.call_later(1e-10, lambda: log.append(("tiny", loop.time() - start)))
    small = loop.call_later(1e-3, lambda: log.append(("small", loop.time() - start)))
    loop.call_soon(lambda: log.append(("soon", loop.time() - start)))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    print(tiny.when() - start > 0)
    await asyncio.sleep(0.01)
    print(log[-1][0], f"{log[-1][1]:.6f}", small.when() - start)


asyncio.run(main())
