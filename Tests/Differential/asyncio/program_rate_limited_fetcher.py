# A whole program: fetch "pages" with at most two requests in flight (a Semaphore),
# a per-request timeout (wait_for), results collected in a Queue, and a summary.
import asyncio

LATENCY = {"home": 0.3, "about": 0.1, "blog": 2.5, "shop": 0.4, "faq": 0.2}


async def fetch(page):
    await asyncio.sleep(LATENCY[page])
    if page == "shop":
        raise ConnectionError(f"{page}: reset by peer")
    return f"<{page}>"


async def worker(page, sem, results):
    loop = asyncio.get_running_loop()
    async with sem:
        start = loop.time()
        try:
            body = await asyncio.wait_for(fetch(page), timeout=1.0)
            outcome = f"ok {body}"
        except asyncio.TimeoutError:
            outcome = "timeout"
        except ConnectionError as e:
            outcome = f"error {e}"
        await results.put((page, outcome, f"{start:.1f}-{loop.time():.1f}"))


async def main():
    sem = asyncio.Semaphore(2)
    results = asyncio.Queue()
    await asyncio.gather(*(worker(p, sem, results) for p in LATENCY))
    while not results.empty():
        page, outcome, span = results.get_nowait()
        print(f"{page:6} {span:9} {outcome}")
    print(f"total {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
