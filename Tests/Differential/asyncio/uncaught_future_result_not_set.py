# Asking a pending future for its result is an InvalidStateError; uncaught, it shows
# its full module path on the last line.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "later")
    print("done?", fut.done())
    print(fut.result())


asyncio.run(main())
