# Several tasks waiting in get() are served in the order they started waiting.
import asyncio


async def getter(name, q, out):
    item = await q.get()
    out.append((name, item))


async def main():
    q = asyncio.Queue()
    out = []
    tasks = [asyncio.create_task(getter(n, q, out)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    for item in ("x", "y", "z"):
        q.put_nowait(item)
    await asyncio.gather(*tasks)
    print(out)
    tasks = [asyncio.create_task(getter(n, q, out)) for n in ("h1", "h2")]
    await asyncio.sleep(0)
    tasks[0].cancel()
    q.put_nowait("w")
    await asyncio.wait(tasks)
    print(out[-1], tasks[0].cancelled(), q.qsize())


asyncio.run(main())
