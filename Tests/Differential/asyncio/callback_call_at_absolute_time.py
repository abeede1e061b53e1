# call_at takes an absolute loop.time(); a time in the past fires at the next
# iteration; its handle reports when() it was due.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    base = loop.time()
    log = lambda tag: print(f"{tag} ran at {loop.time():.3f}")
    h1 = loop.call_at(base + 2, log, "at+2")
    h2 = loop.call_at(base + 0.5, log, "at+0.5")
    h3 = loop.call_at(base - 10, log, "in the past")
    h4 = loop.call_later(0.5, log, "later 0.5")
    print([f"{h.when():.3f}" for h in (h1, h2, h3, h4)])
    await asyncio.sleep(3)
    print("main done", f"{loop.time():.3f}")


asyncio.run(main())
