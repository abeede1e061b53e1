# A done callback gets the future as its only argument; functools.partial supplies
# the others; callbacks also run for exceptions and cancellation.
import asyncio
import functools


def report(label, fut):
    if fut.cancelled():
        print(label, "cancelled")
    elif fut.exception() is not None:
        print(label, "failed:", repr(fut.exception()))
    else:
        print(label, "result:", fut.result())


async def job(kind):
    await asyncio.sleep(0.1)
    if kind == "fail":
        raise ZeroDivisionError("boom")
    return kind


async def main():
    tasks = []
    for kind in ("ok", "fail", "cancel"):
        t = asyncio.create_task(job(kind))
        t.add_done_callback(functools.partial(report, kind))
        tasks.append(t)
    await asyncio.sleep(0)
    tasks[2].cancel()
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
