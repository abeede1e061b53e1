# An exception raised by a plain callback does not stop the loop: asyncio logs
# "Exception in callback ..." with the traceback to stderr (its last line is
# compared) and goes on with the next handle.
import asyncio


def divide(a, b):
    print("dividing", a, b)
    return a / b


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(divide, 1, 2)
    loop.call_soon(divide, 1, 0)
    loop.call_soon(print, "the loop goes on")
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
