# shield(): cancelling the task awaiting a shielded task raises CancelledError
# there, but the inner task keeps running to its result.
import asyncio


async def important():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    print(f"important work done at {loop.time():.3f}")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner cancelled?", inner.cancelled())
        raise


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    outer.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
