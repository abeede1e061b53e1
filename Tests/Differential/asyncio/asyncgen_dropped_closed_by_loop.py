# An async generator dropped while suspended is finalized by the running loop: the
# loop's hook schedules its aclose() as a new task, so its finally runs soon after.
import asyncio


async def resource():
    try:
        yield "first"
        yield "second"
    finally:
        print("resource finally in", asyncio.current_task().get_name())


async def use_once():
    gen = resource()
    print(await gen.__anext__())
    print("use_once returns, dropping the generator")


async def main():
    await use_once()
    print("main continues")
    await asyncio.sleep(0)
    print("main after one step")


asyncio.run(main())
