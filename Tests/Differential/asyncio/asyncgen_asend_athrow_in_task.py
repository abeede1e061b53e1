# asend and athrow drive an async generator that awaits between steps; athrow's
# exception is handled inside and the generator yields again.
import asyncio


async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
            await asyncio.sleep(0.1)
            total += value
        except ValueError as e:
            print("generator handled", repr(e))
            total = 0


async def main():
    loop = asyncio.get_running_loop()
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5), await acc.asend(7))
    print(await acc.athrow(ValueError("reset")))
    print(await acc.asend(1), f"{loop.time():.3f}")
    await acc.aclose()


asyncio.run(main())
