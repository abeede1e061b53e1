# call_later callbacks fire in deadline order, equal deadlines in scheduling order,
# and a call_later(0) is a timer that comes after call_soon callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    done = loop.create_future()
    loop.call_later(0.2, out.append, "0.2 first")
    loop.call_later(0.1, out.append, "0.1")
    loop.call_later(0, out.append, "later(0)")
    loop.call_soon(out.append, "soon")
    loop.call_later(0.2, out.append, "0.2 second")
    loop.call_later(0.3, done.set_result, None)
    loop.call_later(0.2, out.append, "0.2 third")
    loop.call_later(-1, out.append, "later(-1)")
    await done
    print(out)
    print(f"{loop.time():.3f}")


asyncio.run(main())
