# Event.set() wakes every task waiting on it, in the order they started waiting;
# wait() returns True.
import asyncio


async def waiter(name, event):
    print(name, "waits")
    result = await event.wait()
    print(f"{name} woke with {result} at {asyncio.get_running_loop().time():.3f}")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(1)
    print("setting; is_set before:", event.is_set())
    event.set()
    print("is_set after:", event.is_set())
    await asyncio.gather(*tasks)


asyncio.run(main())
