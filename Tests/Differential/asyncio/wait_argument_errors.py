# asyncio.wait's argument checks: an empty collection, a bad return_when, a single
# future instead of a collection, bare coroutines.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    coro = job()
    cases = [((set(),), {}), (([t],), {"return_when": "SOMETIMES"}), ((t,), {}),
             (([coro],), {})]
    for args, kwargs in cases:
        try:
            await asyncio.wait(*args, **kwargs)
            print("no error")
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro.close()
    print(await t)


asyncio.run(main())
