# get_running_loop() outside a coroutine run by a loop raises RuntimeError.
import asyncio


async def main():
    return asyncio.get_running_loop() is not None


print(asyncio.run(main()))
loop = asyncio.get_running_loop()
print("not reached", loop)
