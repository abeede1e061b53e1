# The reprs of tasks and futures in each state (the coroutine's part of a task repr,
# which shows a file and line, is left out).
import asyncio


def short(obj):
    text = repr(obj)
    if " coro=<" in text:
        head, rest = text.split(" coro=<", 1)
        text = head + " coro=<...>" + rest.split(">", 1)[1]
    return text


async def job(x):
    await asyncio.sleep(0.1)
    if x < 0:
        raise ValueError(x)
    return x


async def main():
    loop = asyncio.get_running_loop()
    good = asyncio.create_task(job(1), name="good")
    bad = asyncio.create_task(job(-1), name="bad")
    gone = asyncio.create_task(job(2), name="gone")
    print(short(good))
    await asyncio.sleep(0)
    gone.cancel()
    await asyncio.wait([good, bad, gone])
    for t in (good, bad, gone):
        print(short(t))
    f = loop.create_future()
    print(short(f))
    f.set_result([1, "a"])
    print(short(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(short(g))
    g.exception()
    bad.exception()


asyncio.run(main())
