# One loop iteration runs only the handles that were ready when it began; timers
# that fall due join the ready queue at the start of the next iteration, behind the
# handles already there.
import asyncio


def log(msg):
    print(f"{asyncio.get_running_loop().time():.3f} {msg}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, log, "call_later(0)")
    loop.call_soon(log, "call_soon 1")

    def chain(n):
        log(f"chain {n}")
        if n < 3:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 1)
    loop.call_later(0.001, log, "call_later(0.001)")
    loop.call_soon(log, "call_soon 2")
    await asyncio.sleep(0)
    log("main after sleep(0)")
    await asyncio.sleep(0.01)
    log("main after sleep(0.01)")


asyncio.run(main())
