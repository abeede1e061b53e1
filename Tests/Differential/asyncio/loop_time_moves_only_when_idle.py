# Virtual time does not pass while code runs, however long it computes; it jumps
# to the next timer only when nothing is ready.
import asyncio


async def busy():
    loop = asyncio.get_running_loop()
    start = loop.time()
    total = 0
    for i in range(20000):
        total += i * i
    print("busy computed", total, "in", f"{loop.time() - start:.3f}")
    for _ in range(5):
        await asyncio.sleep(0)
    print("after five sleep(0):", f"{loop.time():.3f}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.7, lambda: print("timer at", f"{loop.time():.3f}"))
    await busy()
    await asyncio.sleep(1)
    print("end", f"{loop.time():.3f}")


asyncio.run(main())
