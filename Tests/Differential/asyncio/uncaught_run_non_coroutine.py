# asyncio.run wants a coroutine object: passing the function itself is a ValueError.
import asyncio


async def main():
    print("never runs")


try:
    asyncio.run(42)
except ValueError as e:
    print("caught:", e)
asyncio.run(main)
