# Future.cancel: True when it cancels, False once done; result()/exception() raise
# CancelledError (carrying the message given to cancel); done callbacks run.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("callback sees cancelled:", fut.cancelled()))
    print(f.cancel(), f.cancel(), f.cancelled(), f.done(), f._state)
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(type(e).__name__, e.args)
    g = loop.create_future()
    g.cancel("why not")
    try:
        await g
    except asyncio.CancelledError as e:
        print("await raises", repr(e))
    h = loop.create_future()
    h.set_result(1)
    print(h.cancel(), h.cancelled(), h.result())
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
