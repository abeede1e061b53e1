# Tasks created with loop.create_task before the loop runs start, in creation order,
# as soon as run_until_complete runs the loop for anything.
import asyncio

loop = asyncio.new_event_loop()


async def job(name, delay):
    print(f"{name} starts at {loop.time():.3f}")
    await asyncio.sleep(delay)
    print(f"{name} ends at {loop.time():.3f}")
    return name


early = [loop.create_task(job(n, d)) for n, d in (("e1", 2), ("e2", 0.5))]
print([t.done() for t in early])
print(loop.run_until_complete(job("main", 1)))
print([t.done() for t in early])
print(loop.run_until_complete(early[0]), f"{loop.time():.3f}")
print(early[1].result())
