# wait_for with a timeout of 0 (or less): a finished future gives its result, a
# coroutine is cancelled before it runs and TimeoutError is raised.
import asyncio


async def body():
    print("body runs")
    return 1


async def main():
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(body(), timeout)
        except TimeoutError:
            print("TimeoutError for", timeout)
    print(await asyncio.wait_for(body(), 0.001))


asyncio.run(main())
