# Awaiting a coroutine directly does not go through the loop: no other task runs
# until the awaited chain really suspends (here at sleep(0)).
import asyncio


async def leaf(n):
    print("leaf", n)
    return n * 2


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    print("middle got", a, b)
    await asyncio.sleep(0)
    print("middle resumed")
    return a + b


async def bystander():
    print("bystander runs")


async def main():
    asyncio.create_task(bystander())
    total = await middle()
    print("total", total)


asyncio.run(main())
