# A task scheduled with loop.create_task can stop a loop running forever.
import asyncio

loop = asyncio.new_event_loop()


async def worker(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        print(f"worker step {i} at {loop.time():.3f}")
    loop.stop()
    return "worker done"


task = loop.create_task(worker(3))
print(task._state)
loop.run_forever()
print(task._state, task.result())
print(f"{loop.time():.3f}")
