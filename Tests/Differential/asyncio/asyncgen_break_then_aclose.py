# Breaking out of `async for` does not close the generator by itself; aclose() does,
# and an unstarted generator closes without running its body.
import asyncio


async def numbers():
    try:
        n = 0
        while True:
            await asyncio.sleep(0.1)
            yield n
            n += 1
    finally:
        print("numbers finally")


async def main():
    gen = numbers()
    async for n in gen:
        if n == 2:
            break
    print("after break; still suspended:", gen.ag_frame is not None)
    print(await gen.__anext__())
    await gen.aclose()
    print("closed")
    fresh = numbers()
    await fresh.aclose()
    print("fresh closed without finally")


asyncio.run(main())
