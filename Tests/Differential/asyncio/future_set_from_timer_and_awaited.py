# A future resolved by a timer callback wakes the tasks awaiting it, in the order
# they started awaiting.
import asyncio


async def waiter(name, fut):
    print(name, "waits")
    value = await fut
    print(f"{name} got {value!r} at {asyncio.get_running_loop().time():.3f}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("first", "second", "third")]
    loop.call_later(0.75, fut.set_result, "ready")
    print(await asyncio.gather(*tasks))
    bad = loop.create_future()
    loop.call_later(0.25, bad.set_exception, LookupError("missing"))
    try:
        await bad
    except LookupError as e:
        print(f"raised {e!r} at {loop.time():.3f}")


asyncio.run(main())
