# asyncio.run wants a coroutine, and cannot run inside a running loop.
import asyncio


async def inner():
    return 1


for arg in (42, None, inner):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print(type(e).__name__, e if arg is not inner else str(e).split(" at ")[0])


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print("still running:", await coro)


asyncio.run(main())
