# Cancelling a task that is awaiting another task cancels that task too; the
# CancelledError comes back up through both.
import asyncio


async def leaf():
    try:
        await asyncio.sleep(10)
    finally:
        print("leaf finally")


async def middle(t):
    try:
        await t
    finally:
        print("middle finally")


async def main():
    leaf_task = asyncio.create_task(leaf(), name="leaf")
    middle_task = asyncio.create_task(middle(leaf_task), name="middle")
    await asyncio.sleep(1)
    middle_task.cancel()
    await asyncio.wait([middle_task, leaf_task])
    for t in (leaf_task, middle_task):
        print(t.get_name(), t.cancelled())


asyncio.run(main())
