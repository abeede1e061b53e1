# Cancelling the future returned by gather cancels every child that has not
# finished; awaiting it raises CancelledError (yet in 3.11 that future ends with the
# CancelledError set as its exception, so its cancelled() is False).
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    children = [asyncio.create_task(child(f"c{d}", d)) for d in (1, 2, 3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(1.5)
    print("cancel() ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print([t._state for t in children])


asyncio.run(main())
