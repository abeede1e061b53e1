# Without cancellation, shield() is transparent: the result or exception of the
# shielded coroutine comes through; shield of a finished future is that future.
import asyncio


async def value(x):
    await asyncio.sleep(0.1)
    return x


async def fail():
    await asyncio.sleep(0.1)
    raise ArithmeticError("shielded failure")


async def main():
    print(await asyncio.shield(value(5)))
    try:
        await asyncio.shield(fail())
    except ArithmeticError as e:
        print("caught", repr(e))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done already")
    print(asyncio.shield(fut) is fut, await asyncio.shield(fut))
    outer = asyncio.shield(value(6))
    print(type(outer).__name__, await outer)


asyncio.run(main())
