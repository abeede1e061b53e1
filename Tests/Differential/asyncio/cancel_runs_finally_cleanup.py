# Cancelling a sleeping task raises CancelledError at its await: try/finally blocks
# run, innermost first, and the task ends CANCELLED.
import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    finally:
        print("inner finally")


async def worker():
    try:
        print("worker starts")
        await inner()
        print("not reached")
    finally:
        print(f"worker finally at {asyncio.get_running_loop().time():.3f}")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")
    print(t._state, t.cancelled())


asyncio.run(main())
