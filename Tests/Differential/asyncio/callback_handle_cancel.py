# The handles from call_soon/call_later/call_at can be cancelled before they run;
# cancelling one that already ran only marks it cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    soon = loop.call_soon(out.append, "soon")
    loop.call_soon(out.append, "soon kept")
    later = loop.call_later(0.5, out.append, "later")
    loop.call_later(0.5, out.append, "later kept")
    at = loop.call_at(loop.time() + 0.2, out.append, "at")
    soon.cancel()
    later.cancel()
    print(soon.cancelled(), later.cancelled(), at.cancelled())
    await asyncio.sleep(0.3)
    at.cancel()
    print(at.cancelled())
    await asyncio.sleep(1)
    print(out)


asyncio.run(main())
