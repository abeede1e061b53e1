# asyncio.run sets its new loop as the current loop while it runs and unsets it at
# the end: afterwards get_event_loop() outside a coroutine raises RuntimeError
# (3.11), even if a default loop existed before.
import asyncio

before = asyncio.get_event_loop()
print("before run:", before is asyncio.get_event_loop())


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print("inside run:", asyncio.run(main()))
try:
    asyncio.get_event_loop()
    print("no error")
except RuntimeError as e:
    print(type(e).__name__, e)
fresh = asyncio.new_event_loop()
print(fresh.run_until_complete(main()))
