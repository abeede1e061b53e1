# An async generator still suspended when the main coroutine returns, and still
# referenced, is closed by asyncio.run's shutdown_asyncgens(): its finally runs
# (in a task of its own) before asyncio.run returns.
import asyncio

kept = []


async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker finally in", asyncio.current_task().get_name())


async def main():
    gen = ticker()
    kept.append(gen)
    print(await gen.__anext__(), await gen.__anext__())
    print("main returns")


asyncio.run(main())
print("after run; generator closed:", kept[0].ag_frame is None)
