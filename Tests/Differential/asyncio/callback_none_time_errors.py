# call_later and call_at refuse None as their time; other values are not checked up
# front.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
    handle = loop.call_later(True, print, "a bool delay of True is 1 second")
    print(repr(handle.when()))
    await asyncio.sleep(2)


asyncio.run(main())
