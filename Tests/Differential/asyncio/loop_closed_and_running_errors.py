# A loop closed by asyncio.run refuses new work, and a running loop cannot be run
# again from inside: both are RuntimeErrors.
import asyncio


async def job():
    return "job"


async def main():
    loop = asyncio.get_running_loop()
    coro = job()
    for attempt in (lambda: loop.run_until_complete(coro), loop.run_forever):
        try:
            attempt()
        except RuntimeError as e:
            print(type(e).__name__, e)
    print(await coro)
    return loop


loop = asyncio.run(main())
coro = job()
for attempt in (lambda: loop.call_soon(print, "x"), lambda: loop.call_later(1, print),
                lambda: loop.create_task(coro), lambda: loop.run_until_complete(coro)):
    try:
        attempt()
    except RuntimeError as e:
        print(type(e).__name__, e)
coro.close()
