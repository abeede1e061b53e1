# Cancelling the future that shield() returned cancels only that outer future; the
# shielded task finishes, and its result is still there.
import asyncio


async def work():
    await asyncio.sleep(1)
    print("work finished")
    return 99


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    print("cancel outer:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled(), "inner cancelled", inner.cancelled())
    print(await inner, inner.cancelled())


asyncio.run(main())
