# loop.run_until_complete raises the exception of the coroutine it runs.
import asyncio

loop = asyncio.new_event_loop()


async def divide(a, b):
    await asyncio.sleep(0.5)
    return a / b


print(loop.run_until_complete(divide(1, 4)))
print(f"{loop.time():.3f}")
print(loop.run_until_complete(divide(1, 0)))
