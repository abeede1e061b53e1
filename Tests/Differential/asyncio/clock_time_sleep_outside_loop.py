# time.sleep outside any loop moves the clock too; a loop started later begins at
# the moved time.
import asyncio
import time

print(f"{time.time():.3f}")
time.sleep(2)
print(f"{time.time():.3f}")
time.sleep(0)
time.sleep(0.5)
print(f"{time.perf_counter():.3f}")


async def main():
    loop = asyncio.get_running_loop()
    print(f"loop starts at {loop.time():.3f}")
    await asyncio.sleep(1)
    print(f"loop ends at {loop.time():.3f}")


asyncio.run(main())
time.sleep(3)
print(f"{time.monotonic():.3f}")
