# A task cancelled before it ever ran never starts its coroutine: no line of its
# body runs, not even its `finally`.
import asyncio


async def body():
    try:
        print("body runs")
        await asyncio.sleep(0)
    finally:
        print("body finally")


async def main():
    t = asyncio.create_task(body())
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before starting:", t.cancelled())
    u = asyncio.create_task(body())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("cancelled after starting:", u.cancelled())


asyncio.run(main())
