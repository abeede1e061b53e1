# Helpers that wrap coroutines in tasks take Task-N numbers too: wait_for, shield,
# gather, ensure_future; awaiting a coroutine directly takes none.
import asyncio


async def name():
    return asyncio.current_task().get_name()


async def main():
    print("main", await name())
    print("wait_for", await asyncio.wait_for(name(), 1))
    print("shield", await asyncio.shield(name()))
    print("gather", await asyncio.gather(name(), name()))
    print("ensure_future", await asyncio.ensure_future(name()))
    print("wait_for(None)", await asyncio.wait_for(name(), None))
    print("next create_task", await asyncio.create_task(name()))


asyncio.run(main())
