# cancel(msg) carries a message: the cancelled task sees it in its CancelledError,
# and so does a task awaiting it.
import asyncio


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("victim sees", e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    u = asyncio.create_task(victim())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no message:", e.args)


asyncio.run(main())
