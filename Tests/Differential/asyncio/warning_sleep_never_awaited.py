# The classic slip: calling asyncio.sleep without `await` creates a coroutine that
# never runs. No time passes, and when the coroutine object is dropped CPython warns
# "coroutine 'sleep' was never awaited" on stderr (its last line is compared).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(f"before {loop.time():.3f}")
    asyncio.sleep(1)
    print(f"after the forgotten await {loop.time():.3f}")
    await asyncio.sleep(1)
    print(f"after a real await {loop.time():.3f}")


asyncio.run(main())
