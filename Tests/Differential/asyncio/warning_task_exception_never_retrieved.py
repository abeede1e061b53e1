# A task that fails while nobody awaits it or asks for its exception is reported
# when it is dropped: "Task exception was never retrieved" and the traceback go to
# stderr (its last line is compared); the program goes on and exits 0.
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("nobody looked")


async def checked():
    raise KeyError("this one is retrieved")


async def main():
    asyncio.create_task(fail())
    t = asyncio.create_task(checked())
    await asyncio.sleep(0.5)
    print("checked task exception:", repr(t.exception()))
    print("main done")


asyncio.run(main())
print("exit normally")
