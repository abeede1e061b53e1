# Default task names count Task-1, Task-2, ... across the whole program: asyncio.run's
# main task takes one, and run's own cleanup (shutdown_asyncgens and
# shutdown_default_executor run as tasks) takes two more.
import asyncio


async def child():
    return asyncio.current_task().get_name()


async def main():
    names = [asyncio.current_task().get_name()]
    t = asyncio.create_task(child())
    named = asyncio.create_task(child(), name="custom")
    names.append(await t)
    names.append(await named)
    names.append(await asyncio.create_task(child()))
    return names


print(asyncio.run(main()))
print(asyncio.run(main()))
