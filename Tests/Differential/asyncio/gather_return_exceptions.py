# gather(return_exceptions=True) puts exceptions (CancelledError included) in the
# result list in place of values.
import asyncio


async def ok(x):
    await asyncio.sleep(x / 10)
    return x


async def bad(x):
    await asyncio.sleep(x / 10)
    raise KeyError(x)


async def main():
    doomed = asyncio.create_task(ok(9))
    results_future = asyncio.gather(ok(1), bad(2), ok(3), doomed, bad(4),
                                    return_exceptions=True)
    await asyncio.sleep(0.05)
    doomed.cancel()
    results = await results_future
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
