# An exception raised in a task travels to every awaiter up the chain, through
# tasks and coroutines, and out of asyncio.run.
import asyncio


async def deepest():
    await asyncio.sleep(0.1)
    raise LookupError("not found deep down")


async def middle():
    t = asyncio.create_task(deepest())
    try:
        return await t
    finally:
        print("middle finally; task failed:", t.done() and not t.cancelled())


async def main():
    try:
        await asyncio.create_task(middle())
    finally:
        print("main finally")


asyncio.run(main())
