# The reprs of the default loop (running, stopped, closed by asyncio.run) and of the
# handles call_soon/call_later/call_at return, with virtual times in `when=`.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop))
    print(type(loop).__name__)
    await asyncio.sleep(1.5)
    soon = loop.call_soon(print, "soon", 1)
    later = loop.call_later(2, print, "later")
    at = loop.call_at(10, len, [1, 2])
    for h in (soon, later, at):
        print(repr(h))
    later.cancel()
    soon.cancel()
    print(repr(later))
    print(repr(soon))
    at.cancel()
    return loop


used = asyncio.run(main())
print(repr(used))
fresh = asyncio.new_event_loop()
print(repr(fresh))
