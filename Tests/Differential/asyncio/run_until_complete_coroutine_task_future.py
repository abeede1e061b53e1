# loop.run_until_complete accepts a coroutine (wrapped in a task), a task or a
# future, and returns its result; the loop can be run again afterwards.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(task.done(), loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(1, fut.set_result, "from a timer")
print(loop.run_until_complete(fut))
print(f"{loop.time():.3f}")


async def both():
    return await asyncio.gather(add(5, 6), add(7, 8))


print(loop.run_until_complete(both()))
print(f"{loop.time():.3f}")
