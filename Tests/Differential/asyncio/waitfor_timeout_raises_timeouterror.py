# wait_for(aw, timeout) raises TimeoutError when the time runs out (asyncio's
# TimeoutError is the builtin one in 3.11) and cancels the awaited coroutine.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
        return "slow result"
    finally:
        print(f"slow cleaned up at {asyncio.get_running_loop().time():.3f}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), timeout=1.5)
    except TimeoutError as e:
        print(type(e).__name__, repr(str(e)), f"at {loop.time():.3f}")
        print("cause:", type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
